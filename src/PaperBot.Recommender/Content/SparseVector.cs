using System.Buffers;
using System.Numerics.Tensors;

namespace PaperBot.Recommender.Content;

/// <summary>A sparse vector with ascending indices.</summary>
internal readonly record struct SparseVector(int[] Indices, float[] Values) : ISparseVector
{
    public static SparseVector Empty { get; } = new([], []);

    public int Count => Indices.Length;

    public float Dot(SparseVector other)
    {
        float sum = 0;
        int i = 0, j = 0;
        while (i < Indices.Length && j < other.Indices.Length)
        {
            var a = Indices[i];
            var b = other.Indices[j];
            if (a == b)
                sum += Values[i++] * other.Values[j++];
            else if (a < b)
                i++;
            else
                j++;
        }
        return sum;
    }

    public float Dot(ReadOnlySpan<float> dense)
    {
        // Four running sums, not one: each addition waits for the one before it, so a single sum leaves the core
        // idle between reads; with four the reads overlap (whole-catalogue scoring is mostly this loop).
        var indices = Indices.AsSpan();
        var values = Values.AsSpan(0, indices.Length);
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        var i = 0;
        for (; i + 3 < indices.Length; i += 4)
        {
            s0 += values[i] * dense[indices[i]];
            s1 += values[i + 1] * dense[indices[i + 1]];
            s2 += values[i + 2] * dense[indices[i + 2]];
            s3 += values[i + 3] * dense[indices[i + 3]];
        }
        for (; i < indices.Length; i++)
            s0 += values[i] * dense[indices[i]];
        return s0 + s1 + (s2 + s3);
    }

    public float SquaredNorm() => TensorPrimitives.SumOfSquares<float>(Values);

    public void AddTo(Span<float> dense, float scale)
    {
        for (var i = 0; i < Indices.Length; i++)
            dense[Indices[i]] += scale * Values[i];
    }

    /// <summary>The unit-length vector of the <paramref name="count"/> largest of the distinct (index, weight) pairs, in
    /// any order; of equal weights at the cut, the first. Reorders both spans. A linear selection and one sort of
    /// what is kept: a person's taste (a few thousand summed entries, 256 kept) was mostly a heap's and a delegate's
    /// comparisons.</summary>
    public static SparseVector Strongest(Span<int> indices, Span<float> values, int count)
    {
        if (values.Length > count)
        {
            var scratch = ArrayPool<float>.Shared.Rent(values.Length);
            float cut;
            try
            {
                values.CopyTo(scratch);
                cut = TopSelection.KthLargest(scratch.AsSpan(0, values.Length), count - 1);
            }
            finally
            {
                ArrayPool<float>.Shared.Return(scratch);
            }
            var above = 0;
            foreach (var value in values)
                above += value > cut ? 1 : 0;
            var ties = count - above;
            var kept = 0;
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] > cut || (values[i] == cut && ties-- > 0))
                    (indices[kept], values[kept++]) = (indices[i], values[i]);
            }
            indices = indices[..kept];
            values = values[..kept];
        }
        if (indices.IsEmpty)
            return Empty;
        indices.Sort(values);
        var vector = new SparseVector(indices.ToArray(), values.ToArray());
        UnitLength.Scale(vector.Values);
        return vector;
    }

    /// <summary>Builds a unit-length vector from unsorted (index, weight) pairs.</summary>
    public static SparseVector Normalized(List<(int Index, float Weight)> entries)
    {
        if (entries.Count == 0)
            return Empty;
        entries.Sort((x, y) => x.Index.CompareTo(y.Index));
        var indices = new int[entries.Count];
        var values = new float[entries.Count];
        for (var i = 0; i < entries.Count; i++)
            (indices[i], values[i]) = entries[i];
        UnitLength.Scale(values);
        return new SparseVector(indices, values);
    }
}
