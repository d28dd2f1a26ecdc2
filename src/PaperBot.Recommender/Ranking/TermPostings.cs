using System.Buffers;
using System.Numerics.Tensors;
using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Ranking;

/// <summary>
/// The catalogue's TF-IDF vectors turned around: for each term, the papers that have it and its weight there. Scoring
/// the whole catalogue against a person's profile then reads only the postings of the profile's terms (about a third
/// of all entries at 100k papers) instead of every paper's every term: memory traffic is what that scoring costs.
/// </summary>
internal sealed class TermPostings
{
    private readonly int[] starts;
    private readonly int[] papers;
    private readonly float[] weights;
    private readonly int paperCount;
    private readonly int parts;

    /// <param name="entriesPerPart">Below this many postings per core, splitting the work costs more than it saves.</param>
    public TermPostings(IReadOnlyList<PaperFeatures> features, int terms, int entriesPerPart = 100_000)
    {
        paperCount = features.Count;
        starts = new int[terms + 1];
        foreach (var paper in features)
        {
            foreach (var term in paper.Text.Indices)
                starts[term + 1]++;
        }
        for (var t = 0; t < terms; t++)
            starts[t + 1] += starts[t];
        papers = new int[starts[terms]];
        weights = new float[starts[terms]];
        var next = starts[..terms];
        for (var p = 0; p < features.Count; p++)
        {
            var text = features[p].Text;
            for (var k = 0; k < text.Indices.Length; k++)
            {
                var slot = next[text.Indices[k]]++;
                papers[slot] = p;
                weights[slot] = text.Values[k];
            }
        }
        parts = Math.Clamp(papers.Length / Math.Max(1, entriesPerPart), 1, Environment.ProcessorCount);
    }

    /// <summary>Every paper's dot product with <paramref name="profile"/>, in an array from <see cref="ArrayPool{T}.Shared"/>
    /// that the caller returns. The terms are split between the cores by their postings, each adding into its own array.</summary>
    public float[] Score(ReadOnlySpan<float> profile)
    {
        var terms = starts.Length - 1;
        // A copy the parallel loop can hold (a span cannot enter a lambda); small beside the postings.
        var weightsOf = ArrayPool<float>.Shared.Rent(terms);
        profile[..terms].CopyTo(weightsOf);
        var sums = new float[parts][];
        try
        {
            Parallel.For(0, parts, part =>
            {
                var sum = sums[part] = ArrayPool<float>.Shared.Rent(paperCount);
                Array.Clear(sum, 0, paperCount);
                var (first, last) = (TermAt(part * (long)papers.Length / parts), TermAt((part + 1) * (long)papers.Length / parts));
                for (var t = first; t < last; t++)
                {
                    var weight = weightsOf[t];
                    if (weight == 0)
                        continue;
                    for (var k = starts[t]; k < starts[t + 1]; k++)
                        sum[papers[k]] += weight * weights[k];
                }
            });
            for (var part = 1; part < parts; part++)
                TensorPrimitives.Add(sums[0].AsSpan(0, paperCount), sums[part].AsSpan(0, paperCount), sums[0].AsSpan(0, paperCount));
            return sums[0];
        }
        finally
        {
            ArrayPool<float>.Shared.Return(weightsOf);
            for (var part = 1; part < parts; part++)
            {
                if (sums[part] is { } sum)
                    ArrayPool<float>.Shared.Return(sum);
            }
        }
    }

    /// <summary>The first term whose postings start at or after <paramref name="entry"/>.</summary>
    private int TermAt(long entry)
    {
        var found = Array.BinarySearch(starts, (int)entry);
        if (found < 0)
            return Math.Min(~found, starts.Length - 1);
        // Several empty terms can share a start: take the first of them.
        while (found > 0 && starts[found - 1] == starts[found])
            found--;
        return found;
    }
}
