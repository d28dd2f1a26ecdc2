using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Ranking;

/// <summary>A dense vector over the vocabulary, borrowed from <see cref="ScratchArrays{T}"/> and cleared only where it
/// was written, so that building one profile per person costs what their papers touch, not the vocabulary's size.
/// A profile lives within one synchronous call.</summary>
internal sealed class ContentProfile : IDisposable
{
    private readonly float[] values;

    // The vectors added, not their indices: remembering a vector costs one reference, copying its indices a memmove.
    private readonly List<SparseVector> added;

    /// <param name="vectors">How many vectors will be added, as far as known: the list of them is sized once.</param>
    public ContentProfile(int dimensions, int vectors = 0)
    {
        values = ScratchArrays<float>.Rent(dimensions);
        added = new List<SparseVector>(vectors);
    }

    public ReadOnlySpan<float> Values => values;

    public void Add(SparseVector vector, float scale)
    {
        added.Add(vector);
        vector.AddTo(values, scale);
    }

    /// <summary>The values, to be written at the indices of <paramref name="patterns"/> only (they are cleared there
    /// when the profile is disposed).</summary>
    public Span<float> WritableAt(IEnumerable<SparseVector> patterns)
    {
        added.AddRange(patterns);
        return values;
    }

    /// <summary>The distinct non-zero entries, each read once (and cleared as it is read).</summary>
    public IEnumerable<(int Index, float Value)> Drain()
    {
        foreach (var vector in added)
        {
            foreach (var index in vector.Indices)
            {
                var value = values[index];
                if (value == 0)
                    continue;
                values[index] = 0;
                yield return (index, value);
            }
        }
    }

    public void Dispose()
    {
        foreach (var vector in added)
        {
            foreach (var index in vector.Indices)
                values[index] = 0;
        }
        ScratchArrays<float>.Return(values);
    }
}
