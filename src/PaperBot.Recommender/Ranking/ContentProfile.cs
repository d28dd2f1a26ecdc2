using System.Buffers;

namespace PaperBot.Recommender.Ranking;

/// <summary>A dense vector over the vocabulary, rented from a pool and cleared only where it was written, so that
/// building one profile per person costs what their papers touch, not the vocabulary's size.</summary>
internal sealed class ContentProfile : IDisposable
{
    // Only profiles use this pool and they return their arrays zeroed, so a rented array needs no clearing.
    private static readonly ArrayPool<float> Pool = ArrayPool<float>.Create();
    private readonly float[] values;
    private readonly List<int> touched = [];

    public ContentProfile(int dimensions)
    {
        values = Pool.Rent(Math.Max(1, dimensions));
    }

    public ReadOnlySpan<float> Values => values;

    public void Add(Content.SparseVector vector, float scale)
    {
        touched.AddRange(vector.Indices);
        vector.AddTo(values, scale);
    }

    /// <summary>The distinct non-zero entries, each read once (and cleared as it is read).</summary>
    public IEnumerable<(int Index, float Value)> Drain()
    {
        foreach (var index in touched)
        {
            var value = values[index];
            if (value == 0)
                continue;
            values[index] = 0;
            yield return (index, value);
        }
    }

    public void Dispose()
    {
        foreach (var index in touched)
            values[index] = 0;
        Pool.Return(values);
    }
}
