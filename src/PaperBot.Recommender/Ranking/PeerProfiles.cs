using System.Numerics.Tensors;
using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Ranking;

/// <summary>
/// Everyone's taste as a short dense vector: the strongest terms of their liked papers, summed and projected by a
/// fixed random ±1 matrix (which keeps cosines, Johnson–Lindenstrauss) to <see cref="Dimensions"/> numbers. Finds the
/// people whose likes read most like the target's, even when they liked different papers on the same topic.
/// </summary>
internal sealed class PeerProfiles
{
    public const int Dimensions = 128;
    private readonly float[] sketches;

    /// <summary>A person's taste as lent to others: the strongest terms of their likes, summed.</summary>
    public const int CentroidTerms = 256;

    /// <summary>How many of a person's likes (the latest) make the taste they lend.</summary>
    public const int CentroidLikes = 30;

    /// <summary>How many of the target's latest likes a peer must explain: enough to see each of a reader's interests,
    /// few enough to check dozens of peers in a fraction of a millisecond.</summary>
    private const int ExplainedLikes = 15;

    /// <summary>With more people than this, peers are sought among an even sample of this many, which bounds the
    /// cost of a search; in a large workspace a sample still holds many people of any taste.</summary>
    public const int MaxCandidates = 2000;

    private readonly IReadOnlyList<IReadOnlyList<int>> likes;
    private readonly FeatureArena features;
    private readonly int dimensions;
    private readonly SparseVector[] centroids;

    /// <param name="likes">Each person's liked papers, as indices into <paramref name="features"/> (negative: unknown, skipped).</param>
    public PeerProfiles(IReadOnlyList<IReadOnlyList<int>> likes, FeatureArena features)
    {
        this.likes = likes;
        this.features = features;
        dimensions = features.Text.Features;
        // Every person lends their taste to someone, so computing them all up front (on all cores, with the view)
        // keeps that work out of the rankings. A sketch projects the taste: one projection per person, not one per
        // liked paper (at 100k liked papers those were most of the time a new model took to serve).
        centroids = new SparseVector[likes.Count];
        sketches = new float[likes.Count * Dimensions];
        Parallel.For(0, likes.Count, user =>
        {
            centroids[user] = Centroid(likes[user]);
            Sketch(centroids[user], sketches.AsSpan(user * Dimensions, Dimensions));
        });
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<(int User, int Count), List<(int User, float Similarity)>> peersOf = new();

    public int Count => sketches.Length / Dimensions;

    /// <summary>The sum of the TF-IDF of a person's latest likes, cut to its <see cref="CentroidTerms"/> strongest terms and
    /// unit length; computed for everyone when the view is built, so that lending it to others costs nothing.</summary>
    private SparseVector Centroid(IReadOnlyList<int> liked)
    {
        using var sum = new ContentProfile(dimensions, CentroidLikes);
        // The latest likes (thumbs are stored oldest first) say most about today's taste and bound the cost.
        foreach (var paper in liked.TakeLast(CentroidLikes))
        {
            if (paper >= 0)
                sum.Add(features[paper].Text, 1f);
        }
        return sum.Strongest(CentroidTerms);
    }

    /// <summary>Candidate peers of someone in the model, from the likes the model knows; found once per model and person.</summary>
    public IReadOnlyList<(int User, float Similarity)> PeersOf(int user, int count) =>
        peersOf.GetOrAdd((user, count), key => Nearest(Of(key.User), [key.User], key.Count));

    /// <summary>A person's liked papers as catalogue indices (negative: not in the catalogue).</summary>
    public IReadOnlyList<int> LikesOf(int user) => likes[user];

    public ReadOnlySpan<float> Of(int user) => sketches.AsSpan(user * Dimensions, Dimensions);

    /// <summary>The target's sketch from its own likes (live, so new thumbs count at once), made as everyone's is.</summary>
    public float[] Of(IReadOnlyList<int> likes)
    {
        var sketch = new float[Dimensions];
        Sketch(Centroid(likes), sketch);
        return sketch;
    }

    /// <summary>
    /// Of the candidates, the <paramref name="count"/> peers who best explain the target's likes one by one, each with a
    /// weight in [0, 1]. A peer's explanation is the mean over the likes of their squared cosine with the peer's taste
    /// (a like the peer's taste does not reach adds nothing); the weight compares it with how well the target's own
    /// taste explains the same likes. So a reader of two topics gets peers of each (a peer of one explains half the
    /// likes well, which beats explaining all of them weakly), and peers who explain less than the reader's own taste
    /// count for less: in a small or unlike workspace they fade out instead of pulling the profile astray.
    /// </summary>
    public List<(int User, double Weight)> Explaining(CatalogueView view, IReadOnlyList<int> likes, IEnumerable<int> candidates, int count)
    {
        // Exact cosines of the sparse vectors: a sketch's error (about 1/√128) is as large as a single paper's cosine
        // with a taste. Each taste is spread into a borrowed dense vector once, and every like reads it.
        var latest = likes.TakeLast(ExplainedLikes).Select(p => view.Features[p].Text).ToList();
        var dense = ScratchArrays<float>.Rent(dimensions);
        try
        {
            double Explanation(SparseVector taste)
            {
                taste.AddTo(dense, 1f);
                double sum = 0;
                foreach (var like in latest)
                {
                    var cosine = Math.Max(0, like.Dot(dense));
                    sum += cosine * cosine;
                }
                foreach (var index in taste.Indices)
                    dense[index] = 0;
                return sum / latest.Count;
            }
            var self = Explanation(Centroid(likes));
            if (self <= 0)
                return [];
            var found = new List<(int User, double Weight)>();
            foreach (var user in candidates)
                found.Add((user, Math.Min(1, Explanation(centroids[user]) / self)));
            return [.. found.Where(f => f.Weight > 0).OrderByDescending(f => f.Weight).ThenBy(f => f.User).Take(count)];
        }
        finally
        {
            ScratchArrays<float>.Return(dense);
        }
    }

    /// <summary>The most similar people (cosine of sketches), best first, excluding <paramref name="self"/>.</summary>
    public List<(int User, float Similarity)> Nearest(ReadOnlySpan<float> target, IReadOnlyCollection<int> self, int count)
    {
        var found = new List<(int User, float Similarity)>(count + 1);
        var stride = (Count + MaxCandidates - 1) / MaxCandidates;
        var start = self.Count > 0 ? self.First() % stride : 0;
        // Keep the best `count` in a small sorted list: one insertion per better candidate.
        for (var user = start; user < Count; user += stride)
        {
            var similarity = TensorPrimitives.Dot(target, Of(user));
            if (similarity <= 0 || (found.Count == count && similarity <= found[^1].Similarity) || self.Contains(user))
                continue;
            var at = found.FindIndex(f => f.Similarity < similarity);
            found.Insert(at < 0 ? found.Count : at, (user, similarity));
            if (found.Count > count)
                found.RemoveAt(count);
        }
        return found;
    }

    /// <summary>The unit-length projection of <paramref name="text"/> into <paramref name="projected"/> (zeroed).</summary>
    private static void Sketch(SparseVector text, Span<float> projected)
    {
        for (var i = 0; i < text.Count; i++)
        {
            // Row of the projection for this feature, from a hash of its index: no matrix is stored.
            var state = (ulong)text.Indices[i] * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL;
            var x = BitConverter.SingleToInt32Bits(text.Values[i]);
            for (var block = 0; block < Dimensions; block += 64)
            {
                state ^= state >> 31;
                state *= 0xBF58476D1CE4E5B9UL;
                state ^= state >> 29;
                var bits = state;
                // A set bit flips the value's sign bit: -x exactly, without a branch the random bits would mispredict
                // half the time (most of what building everyone's sketch for a new model cost).
                for (var j = 0; j < 64; j++)
                    projected[block + j] += BitConverter.Int32BitsToSingle(x ^ (int)((uint)(bits >> j) << 31));
            }
        }
        UnitLength.Scale(projected);
    }
}
