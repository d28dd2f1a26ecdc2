using System.Buffers;

namespace PaperBot.Recommender.Ranking;

/// <summary>A linear model's weights over the vocabulary, kept both ways it is read: as the list of terms it uses (a
/// whole catalogue is scored term by term, <see cref="TermPostings"/>) and spread into a borrowed vocabulary-sized
/// vector (a few papers are scored one by one). Lives within one synchronous call; dispose gives the arrays back.</summary>
internal sealed class TermWeights : IDisposable
{
    private readonly int[] terms;
    private readonly float[] weights;
    private readonly float[] dense;

    /// <param name="terms">Vocabulary terms, each once.</param>
    /// <param name="weights">Their weights, in the same order.</param>
    public TermWeights(ReadOnlySpan<int> terms, ReadOnlySpan<float> weights, int dimensions)
    {
        Count = terms.Length;
        this.terms = ArrayPool<int>.Shared.Rent(Count);
        this.weights = ArrayPool<float>.Shared.Rent(Count);
        terms.CopyTo(this.terms);
        weights[..Count].CopyTo(this.weights);
        dense = ScratchArrays<float>.Rent(dimensions);
        for (var i = 0; i < Count; i++)
            dense[terms[i]] = weights[i];
    }

    public int Count { get; }

    public ArraySegment<int> Terms => new(terms, 0, Count);

    public ArraySegment<float> Weights => new(weights, 0, Count);

    /// <summary>The weights as a vector over the whole vocabulary (zero at the terms not used).</summary>
    public ReadOnlySpan<float> Values => dense;

    public void Dispose()
    {
        foreach (var term in Terms)
            dense[term] = 0;
        ScratchArrays<float>.Return(dense);
        ArrayPool<int>.Shared.Return(terms);
        ArrayPool<float>.Shared.Return(weights);
    }
}
