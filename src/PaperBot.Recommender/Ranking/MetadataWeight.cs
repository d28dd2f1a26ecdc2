using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Ranking;

/// <summary>
/// How much a paper's metadata (authors, categories, listings) should count in one target's taste. A reader who
/// follows a listing or a research group is found by the metadata and missed by the words; a reader of a topic has
/// likes that crowd into some listings too, and for them the metadata only drags in that listing's other topics.
/// So the weight is chosen per target, by which one would have found the target's own likes: each like is held out
/// in turn, scored by the rest (the likes' centroid minus the mean paper, which is what a strongly regularised SVM
/// with random negatives comes close to) against papers sampled among the negatives. A weight is kept only when it
/// beats the words alone clearly.
/// </summary>
internal static class MetadataWeight
{
    /// <summary>The candidate weights, as shares of the largest allowed.</summary>
    private static readonly double[] Shares = [0, 0.25, 0.5, 0.75, 1];

    private const int HeldOut = 20;

    private const int Checks = 100;

    /// <summary>Fewer likes than this leave nothing to hold out and judge by: the words alone decide.</summary>
    private const int MinLikes = 3;

    /// <summary>The one-sided 99% point of the normal distribution: a weight is kept only when its gain over the words
    /// alone, paired like by like, is that significant (by chance some weight always looks a little better).</summary>
    private const double NormalQuantile = 2.326;

    /// <param name="negatives">The taste's sampled negatives: the held-out likes are compared with some of them.</param>
    /// <param name="largest">The largest weight allowed (<see cref="BlendOptions.Metadata"/>).</param>
    public static double Choose(CatalogueView view, IReadOnlyList<int> likes, IReadOnlyList<int> negatives, double largest)
    {
        if (largest <= 0 || likes.Count < MinLikes || negatives.Count == 0)
            return 0;
        var n = likes.Count;
        // The likes over n - 1 minus the mean paper (which random negatives stand for, without a centroid of them to build
        // per request), text then metadata: held out, a like takes its own share back off.
        var text = view.Space.TextFeatureCount;
        using var likesSum = new ContentProfile(TasteFeatures.Dimensions(view.Space), 2 * n);
        foreach (var like in likes)
        {
            likesSum.Add(view.Features[like].Text, 1f / (n - 1));
            likesSum.Add(view.Features[like].Meta, 1f / (n - 1), offset: text);
        }
        (double Text, double Meta) Score(PackedFeatures features) =>
            (features.Text.Dot(likesSum.Values[..text]) - features.Text.Dot(view.Mean[..text]),
             features.Meta.Dot(likesSum.Values[text..]) - features.Meta.Dot(view.Mean[text..]));
        var stride = Math.Max(1, negatives.Count / Checks);
        var checks = new List<(double Text, double Meta)>();
        for (var i = 0; i < negatives.Count; i += stride)
            checks.Add(Score(view.Features[negatives[i]]));
        var held = likes.TakeLast(HeldOut).ToList();
        // Per held-out like and weight, the comparisons won. A check's own overlap with the held-out like is left in:
        // computing it would cost a sparse product per pair, and it is small beside the like's overlap with itself.
        var wins = new double[held.Count, Shares.Length];
        for (var h = 0; h < held.Count; h++)
        {
            var own = view.Features[held[h]];
            var (likeText, likeMeta) = Score(own);
            likeText -= own.Text.Dot(own.Text) / (n - 1);
            likeMeta -= own.Meta.Dot(own.Meta) / (n - 1);
            foreach (var (checkText, checkMeta) in checks)
            {
                for (var s = 0; s < Shares.Length; s++)
                {
                    // The metadata is scaled by the weight in the paper's vector and in the centroids alike.
                    var weight = Shares[s] * largest;
                    var gap = likeText - checkText + weight * weight * (likeMeta - checkMeta);
                    wins[h, s] += gap > 0 ? 1 : gap == 0 ? 0.5 : 0;
                }
            }
        }
        var best = 0;
        var bestGain = 0.0;
        for (var s = 1; s < Shares.Length; s++)
        {
            var (mean, error) = PairedGain(wins, s, held.Count, checks.Count);
            if (mean > bestGain && mean > StudentQuantile(held.Count - 1) * error)
                (best, bestGain) = (s, mean);
        }
        return Shares[best] * largest;
    }

    /// <summary>The mean gain of weight <paramref name="share"/> over the words alone across the held-out likes, and its standard error.</summary>
    private static (double Mean, double Error) PairedGain(double[,] wins, int share, int count, int checks)
    {
        double sum = 0, squares = 0;
        for (var h = 0; h < count; h++)
        {
            var gain = (wins[h, share] - wins[h, 0]) / checks;
            sum += gain;
            squares += gain * gain;
        }
        var mean = sum / count;
        var variance = Math.Max(0, squares / count - mean * mean) / Math.Max(1, count - 1);
        // A few likes can agree by chance: the error is never taken below what sampling the checks alone leaves
        // (a share's binomial spread, at most one half over the root of the comparisons).
        return (mean, Math.Max(Math.Sqrt(variance), 0.5 / Math.Sqrt(count * (double)checks)));
    }

    /// <summary>Student's t at <see cref="NormalQuantile"/> for this many degrees of freedom (Cornish-Fisher expansion;
    /// within a few per cent from 4 degrees up, and demanding with fewer, as a t-test is).</summary>
    private static double StudentQuantile(int degrees)
    {
        var z = NormalQuantile;
        double v = Math.Max(1, degrees);
        return z + (z * z * z + z) / (4 * v) + (5 * Math.Pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * v * v);
    }
}
