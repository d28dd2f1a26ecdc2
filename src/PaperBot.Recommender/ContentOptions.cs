using System.ComponentModel.DataAnnotations;

namespace PaperBot.Recommender;

/// <summary>How papers become vectors: TF-IDF of title, abstract and authors, words and two-word phrases, sublinear tf.</summary>
public sealed class ContentOptions
{
    /// <summary>A word or phrase must occur in at least this many papers: rarer ones let a reader's few likes share
    /// a chance word and be taken for a topic (5, as arxiv-sanity-lite; 2 was measurably worse, docs/recommender.md).</summary>
    [Range(1, 1000)]
    public int MinDocumentFrequency { get; set; } = 5;

    /// <summary>Words in more than this share of the papers say nothing about a topic.</summary>
    [Range(0.01, 1.0)]
    public double MaxDocumentFrequency { get; set; } = 0.5;

    [Range(100, 10_000_000)]
    public int MaxFeatures { get; set; } = 200_000;

    /// <summary>How many of a paper's strongest terms go into the factorization machine's terms field.</summary>
    [Range(1, 1000)]
    public int TermsPerPaper { get; set; } = 12;
}
