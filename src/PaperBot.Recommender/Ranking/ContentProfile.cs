using System.Buffers;
using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Ranking;

/// <summary>A dense vector over the vocabulary, borrowed from <see cref="ScratchArrays{T}"/> and cleared where it was
/// written (or as a whole, when that is faster), so that building one profile per person costs what their papers
/// touch, not the vocabulary's size.
/// A profile lives within one synchronous call.</summary>
internal sealed class ContentProfile : IDisposable
{
    private readonly float[] values;

    // The vectors added (and where their indices start), not their indices: remembering a vector costs a slice of its
    // arena, copying its indices a memmove.
    private readonly List<(PackedVector Vector, int Offset)> added;

    private int written;

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
        written += vector.Count;
        vector.AddTo(values.AsSpan(offset), scale);
    }

    /// <summary>The values, to be written at the indices of <paramref name="patterns"/> (from <paramref name="offset"/>)
    /// only: they are cleared there when the profile is disposed.</summary>
    public Span<float> WritableAt(IEnumerable<PackedVector> patterns, int offset = 0)
    {
        foreach (var pattern in patterns)
        {
            added.Add((pattern, offset));
            written += pattern.Count;
        }
        return values;
    }

    /// <summary>The unit-length vector of the <paramref name="count"/> strongest entries
    /// (<see cref="SparseVector.Strongest"/>). Reads the profile once, clearing it: it is empty afterwards.</summary>
    public SparseVector Strongest(int count)
    {
        var indices = ArrayPool<int>.Shared.Rent(written);
        var found = ArrayPool<float>.Shared.Rent(written);
        try
        {
            // Each distinct index once: the first vector to hold it takes its value and clears it.
            var distinct = 0;
            foreach (var (vector, offset) in added)
            {
                for (var k = 0; k < vector.Count; k++)
                {
                    var index = offset + vector.IndexAt(k);
                    if (values[index] is var value and not 0)
                    {
                        values[index] = 0;
                        (indices[distinct], found[distinct++]) = (index, value);
                    }
                }
            }
            added.Clear();
            written = 0;
            return SparseVector.Strongest(indices.AsSpan(0, distinct), found.AsSpan(0, distinct), count);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(indices);
            ArrayPool<float>.Shared.Return(found);
        }
    }

    public void Dispose()
    {
        // A profile written at many places (a taste fitted on hundreds of papers) is cleared faster as a whole, in
        // one sequential pass, than entry by entry at scattered places.
        if (written > values.Length / 8)
        {
            Array.Clear(values);
        }
        else
        {
            foreach (var (vector, offset) in added)
                vector.ClearIn(values.AsSpan(offset));
        }
        ScratchArrays<float>.Return(values);
    }
}
