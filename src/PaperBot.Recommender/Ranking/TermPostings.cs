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
    private readonly int entriesPerPart;

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
        this.entriesPerPart = entriesPerPart;
    }

    /// <summary>Every paper's dot product with <paramref name="profile"/>, in an array from <see cref="ArrayPool{T}.Shared"/>
    /// that the caller returns. Only the profile's own terms are read; they are split between the cores by their
    /// postings, each core adding into its own array.</summary>
    public float[] Score(TermWeights profile)
    {
        var (terms, weightsOf) = (profile.Terms, profile.Weights);
        // Where each core's share of the profile's terms begins, so that the shares have about as many postings.
        var total = 0L;
        foreach (var term in terms)
            total += starts[term + 1] - starts[term];
        var partCount = (int)Math.Clamp(total / Math.Max(1, entriesPerPart), 1, Environment.ProcessorCount);
        var bounds = new int[partCount + 1];
        bounds[partCount] = terms.Count;
        var running = 0L;
        for (int i = 0, part = 1; i < terms.Count && part < partCount; i++)
        {
            running += starts[terms[i] + 1] - starts[terms[i]];
            while (part < partCount && running * partCount >= total * part)
                bounds[part++] = i + 1;
        }
        var sums = new float[partCount][];
        try
        {
            Parallel.For(0, partCount, part =>
            {
                var sum = sums[part] = ArrayPool<float>.Shared.Rent(paperCount);
                Array.Clear(sum, 0, paperCount);
                for (var i = bounds[part]; i < bounds[part + 1]; i++)
                {
                    var (term, weight) = (terms[i], weightsOf[i]);
                    for (var k = starts[term]; k < starts[term + 1]; k++)
                        sum[papers[k]] += weight * weights[k];
                }
            });
            for (var part = 1; part < partCount; part++)
                TensorPrimitives.Add(sums[0].AsSpan(0, paperCount), sums[part].AsSpan(0, paperCount), sums[0].AsSpan(0, paperCount));
            return sums[0];
        }
        finally
        {
            for (var part = 1; part < partCount; part++)
            {
                if (sums[part] is { } sum)
                    ArrayPool<float>.Shared.Return(sum);
            }
        }
    }
}
