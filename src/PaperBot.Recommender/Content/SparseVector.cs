using System.Numerics.Tensors;

namespace PaperBot.Recommender.Content;

/// <summary>A sparse vector with ascending indices.</summary>
internal readonly record struct SparseVector(int[] Indices, float[] Values)
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
        float sum = 0;
        var indices = Indices;
        var values = Values;
        for (var i = 0; i < indices.Length; i++)
            sum += values[i] * dense[indices[i]];
        return sum;
    }

    public void AddTo(Span<float> dense, float scale)
    {
        for (var i = 0; i < Indices.Length; i++)
            dense[Indices[i]] += scale * Values[i];
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
        var norm = TensorPrimitives.Norm(values);
        if (norm > 0)
            TensorPrimitives.Divide(values, norm, values);
        return new SparseVector(indices, values);
    }
}
