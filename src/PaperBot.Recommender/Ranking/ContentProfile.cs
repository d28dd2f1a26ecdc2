using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Ranking;

/// <summary>A dense vector over the vocabulary, borrowed from <see cref="ScratchArrays{T}"/> and cleared only where it
/// was written, so that building one profile per person costs what their papers touch, not the vocabulary's size.
/// A profile lives within one synchronous call.</summary>
internal sealed class ContentProfile : IDisposable
{
    private readonly float[] values;

    // The vectors added (and where their indices start), not their indices: remembering a vector costs a slice of its
    // arena, copying its indices a memmove.
    private readonly List<(PackedVector Vector, int Offset)> added;

    /// <param name="vectors">How many vectors will be added, as far as known: the list of them is sized once.</param>
    public ContentProfile(int dimensions, int vectors = 0)
    {
        values = ScratchArrays<float>.Rent(dimensions);
        added = new List<(PackedVector, int)>(vectors);
    }

    public ReadOnlySpan<float> Values => values;

    /// <summary>The values for work split between threads (a span cannot be shared with them).</summary>
    public ReadOnlyMemory<float> Memory => values;

    /// <param name="offset">Where the vector's indices start in the profile (a second block, such as the metadata after the text).</param>
    public void Add(PackedVector vector, float scale, int offset = 0)
    {
        added.Add((vector, offset));
        vector.AddTo(values.AsSpan(offset), scale);
    }

    /// <summary>The values, to be written at the indices of <paramref name="patterns"/> (from <paramref name="offset"/>)
    /// only: they are cleared there when the profile is disposed.</summary>
    public Span<float> WritableAt(IEnumerable<PackedVector> patterns, int offset = 0)
    {
        foreach (var pattern in patterns)
            added.Add((pattern, offset));
        return values;
    }

    /// <summary>The distinct non-zero entries, each read once (and cleared as it is read).</summary>
    public IEnumerable<(int Index, float Value)> Drain()
    {
        foreach (var (vector, offset) in added)
        {
            for (var k = 0; k < vector.Count; k++)
            {
                var index = vector.IndexAt(k);
                var value = values[offset + index];
                if (value == 0)
                    continue;
                values[offset + index] = 0;
                yield return (offset + index, value);
            }
        }
    }

    public void Dispose()
    {
        foreach (var (vector, offset) in added)
            vector.ClearIn(values.AsSpan(offset));
        ScratchArrays<float>.Return(values);
    }
}
