using System.ComponentModel.DataAnnotations;

namespace PaperBot.Recommender;

/// <summary>
/// How the signals are mixed. Each signal is standardised over the candidates, then weighted; the factorization
/// machine's weight grows with the target's thumbs <c>n</c> as <c>n / (n + EvidenceHalfPoint)</c>, the neighbours'
/// and the shared authors' are scaled by how well each finds the target's own likes, and popularity fades as
/// <c>PopularityHalfPoint / (n + PopularityHalfPoint)</c>. Defaults were chosen with <c>paperbot eval</c> on its
/// tuning families (docs/recommender.md).
/// </summary>
public sealed class BlendOptions
{
    /// <summary>The taste model (<c>Ranking/TasteModel</c>): a linear SVM over TF-IDF fitted per request on the target's
    /// thumbs and its peers' likes; needs no training.</summary>
    [Range(0.0, 100.0)]
    public double Content { get; set; } = 1.0;

    /// <summary>The terms in several of the target's likes and few other papers (<c>Ranking/LikedTerms</c>), times the
    /// share of the likes that have the strongest of them.</summary>
    [Range(0.0, 100.0)]
    public double Terms { get; set; } = 0.5;

    /// <summary>The weight of a paper's metadata (authors, categories, listings) beside its unit-length text in the taste model.</summary>
    [Range(0.0, 10.0)]
    public double Metadata { get; set; } = 0.5;

    /// <summary>The factorization machine: the target's vector against the paper's terms, authors and id.</summary>
    [Range(0.0, 100.0)]
    public double Factorization { get; set; } = 0.35;

    /// <summary>Papers liked by people whose likes overlap the target's, times the votes' reliability for the target.</summary>
    [Range(0.0, 100.0)]
    public double Neighbours { get; set; } = 1.0;

    /// <summary>Papers by authors of the target's likes, times how well shared authors find the target's own likes.</summary>
    [Range(0.0, 100.0)]
    public double Authors { get; set; } = 4.0;

    [Range(0.0, 100.0)]
    public double Popularity { get; set; } = 1.0;

    [Range(0.1, 1000.0)]
    public double EvidenceHalfPoint { get; set; } = 5;

    /// <summary>Small, so that popularity leads only before the first thumbs and then steps aside.</summary>
    [Range(0.1, 1000.0)]
    public double PopularityHalfPoint { get; set; } = 0.5;

    /// <summary>A thumbs-down's weight as a negative of the taste model, relative to a sampled unrated paper (twice, as
    /// the factorization machine counts it; 0.5 to 5 measured alike on the tuning families).</summary>
    [Range(0.0, 10.0)]
    public double DislikeWeight { get; set; } = 2;

    /// <summary>A peer's like as a positive of the taste model, relative to one of the target's own likes, for a peer who
    /// explains the target's likes as well as the target's own taste does (less for weaker peers).</summary>
    [Range(0.0, 100.0)]
    public double PeerShare { get; set; } = 0.3;

    /// <summary>People with similar taste (by the TF-IDF of their likes) whose likes join the taste model.</summary>
    [Range(0, 10_000)]
    public int Peers { get; set; } = 10;

    /// <summary>People considered for "liked by people who liked X".</summary>
    [Range(1, 10_000)]
    public int Neighbourhood { get; set; } = 30;

    /// <summary>Cold start: how strongly a paper similar to one already picked is pushed down (topical diversity).</summary>
    [Range(0.0, 100.0)]
    public double Diversity { get; set; } = 1.0;

    /// <summary>Days after which a paper's recency bonus halves.</summary>
    [Range(0.1, 10_000.0)]
    public double RecencyHalfLifeDays { get; set; } = 14;

    internal BlendOptions Copy() => (BlendOptions)MemberwiseClone();
}
