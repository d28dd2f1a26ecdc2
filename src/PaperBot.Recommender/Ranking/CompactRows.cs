using System.Buffers;
using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Ranking;

/// <summary>
/// Sparse rows renumbered into the terms they use (slot 0, 1, ... in order of first use), laid out one after another.
/// A model fitted on a few hundred papers touches a few thousand of the vocabulary's terms: over slots its weights
/// stay in cache, where over the vocabulary every read and write is a miss. The arrays are borrowed; dispose returns them.
/// </summary>
internal sealed class CompactRows : IDisposable
{
    private readonly int[] starts;
    private readonly int[] slots;
    private readonly float[] values;
    private readonly int[] terms;

    /// <param name="dimensions">The size of the vocabulary the rows index into.</param>
    public CompactRows(IReadOnlyList<SparseVector> rows, int dimensions)
    {
        Count = rows.Count;
        starts = new int[Count + 1];
        for (var i = 0; i < Count; i++)
            starts[i + 1] = starts[i] + rows[i].Count;
        var entries = starts[Count];
        slots = ArrayPool<int>.Shared.Rent(entries);
        values = ArrayPool<float>.Shared.Rent(entries);
        terms = ArrayPool<int>.Shared.Rent(Math.Min(entries, dimensions));
        // slotOf[term] is 1 + the term's slot, 0 while unused; cleared at the terms used before it is given back.
        var slotOf = ScratchArrays<int>.Rent(dimensions);
        try
        {
            for (var i = 0; i < Count; i++)
            {
                var row = rows[i];
                row.Values.AsSpan(0, row.Count).CopyTo(values.AsSpan(starts[i]));
                for (var k = 0; k < row.Count; k++)
                {
                    ref var slot = ref slotOf[row.Indices[k]];
                    if (slot == 0)
                    {
                        terms[Terms] = row.Indices[k];
                        slot = ++Terms;
                    }
                    slots[starts[i] + k] = slot - 1;
                }
            }
        }
        finally
        {
            foreach (var term in terms.AsSpan(0, Terms))
                slotOf[term] = 0;
            ScratchArrays<int>.Return(slotOf);
        }
    }

    public int Count { get; }

    /// <summary>How many distinct terms the rows use: the slots are 0 to this, exclusive.</summary>
    public int Terms { get; }

    public ReadOnlySpan<int> Slots(int row) => slots.AsSpan(starts[row], starts[row + 1] - starts[row]);

    public ReadOnlySpan<float> Values(int row) => values.AsSpan(starts[row], starts[row + 1] - starts[row]);

    /// <summary>Slot to vocabulary term.</summary>
    public ReadOnlySpan<int> TermOfSlot => terms.AsSpan(0, Terms);

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(slots);
        ArrayPool<float>.Shared.Return(values);
        ArrayPool<int>.Shared.Return(terms);
    }
}
