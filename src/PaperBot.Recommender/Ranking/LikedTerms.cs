using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Ranking;

/// <summary>
/// The words and phrases that mark the target's likes: in several of them, and in few papers of the catalogue. A
/// reader of diffusion models has "diffusion" in most likes, and the TF-IDF taste gives it the weight of one word
/// among the hundred of each abstract; here a term weighs its share of the likes times its lift over the catalogue
/// (the log of that share over the share of all papers that have it), and a paper scores the weights of the terms it
/// has, however often it has them. Authors are left to <see cref="SharedAuthors"/>.
/// </summary>
/// <param name="Read">The likes the terms were counted in.</param>
internal sealed record LikedTerms(IReadOnlyList<LikedTerm> Terms, int Read)
{
    /// <summary>The strongest terms kept. A topic's own word and phrase lead its readers' terms, and the terms after
    /// them are more and more the likes' chance words: with 10, 15, 30 or 60 terms the signal added less on every
    /// topic family of <c>paperbot eval</c> than with 5 (3 gained as much).</summary>
    public const int MaxTerms = 5;

    /// <summary>A term in one like is as likely chance as taste.</summary>
    private const int MinLikes = 2;

    /// <summary>How far the terms apply: the share of the likes that have the strongest one. Most likes of a reader
    /// of one topic share a term; those of a reader of a listing or a research group share only their field's common
    /// words, and there the terms would only dilute the signals that find them.</summary>
    public double Agreement => Terms[0].Likes / (double)Read;

    /// <returns>Null when no term is in enough likes and commoner there than in the catalogue.</returns>
    public static LikedTerms? Find(CatalogueView view, IReadOnlyList<int> likes)
    {
        // The latest likes, as many as the taste reads.
        var read = likes.Count > TasteModel.OwnLikes ? likes.Skip(likes.Count - TasteModel.OwnLikes).ToList() : likes;
        if (read.Count < MinLikes)
            return null;
        var space = view.Space;
        var counts = ScratchArrays<int>.Rent(space.TextFeatureCount);
        var seen = new List<int>();
        var found = new List<LikedTerm>();
        try
        {
            foreach (var like in read)
            {
                var text = view.Features[like].Text;
                for (var k = 0; k < text.Count; k++)
                {
                    var feature = text.IndexAt(k);
                    if (counts[feature]++ == 0)
                        seen.Add(feature);
                }
            }
            foreach (var feature in seen)
            {
                var count = counts[feature];
                if (count < MinLikes || space.IsAuthorFeature(feature))
                    continue;
                var share = (double)count / read.Count;
                // idf = ln((1 + N) / (1 + df)) + 1: idf - 1 is the log of one over the share of papers with the term.
                var lift = Math.Log(share) + space.Idf(feature) - 1;
                if (lift > 0)
                    found.Add(new LikedTerm(feature, count, share * lift));
            }
        }
        finally
        {
            foreach (var feature in seen)
                counts[feature] = 0;
            ScratchArrays<int>.Return(counts);
        }
        if (found.Count == 0)
            return null;
        found.Sort((a, b) => b.Weight != a.Weight ? b.Weight.CompareTo(a.Weight) : a.Feature.CompareTo(b.Feature));
        return new LikedTerms(found.Take(MaxTerms).ToList(), read.Count);
    }

    /// <summary>The terms as a set of features, for scoring many papers.</summary>
    public TermSet AsSet(int vocabulary) => new(Terms, vocabulary);

    /// <summary>The terms the paper has, strongest first.</summary>
    public IEnumerable<LikedTerm> In(CatalogueView view, int paper) =>
        Terms.Where(term => view.Features[paper].Text.Contains(term.Feature));

    /// <summary>The terms' features as a bit set over the vocabulary, and their weights by feature.</summary>
    public sealed class TermSet
    {
        private readonly ulong[] present;
        private readonly int[] features;
        private readonly double[] weights;

        internal TermSet(IReadOnlyList<LikedTerm> terms, int vocabulary)
        {
            present = new ulong[(vocabulary + 63) / 64];
            features = [.. terms.Select(t => t.Feature)];
            weights = [.. terms.Select(t => t.Weight)];
            Array.Sort(features, weights);
            foreach (var feature in features)
                present[feature >> 6] |= 1UL << feature;
        }

        /// <summary>The paper's score: the weights of the terms it has.</summary>
        public double Score(PackedVector text)
        {
            Span<int> found = stackalloc int[MaxTerms];
            var count = text.IndicesIn(present, found);
            double score = 0;
            for (var i = 0; i < count; i++)
                score += weights[Array.BinarySearch(features, found[i])];
            return score;
        }
    }
}

/// <param name="Likes">How many of the likes read have the term.</param>
internal readonly record struct LikedTerm(int Feature, int Likes, double Weight);
