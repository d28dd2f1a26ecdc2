namespace PaperBot.Recommender.Content;

/// <summary>A sparse vector with ascending indices, its entries packed by a <see cref="PackedLayout"/> into a slice of
/// a shared array (a <see cref="FeatureArena"/>'s), so that a million papers' vectors are a few hundred arrays, not
/// six million.</summary>
internal readonly struct PackedVector : ISparseVector
{
    private readonly uint[] entries;
    private readonly int start;

    public PackedVector(uint[] entries, int start, int count, PackedLayout layout)
    {
        this.entries = entries;
        this.start = start;
        Count = count;
        Layout = layout;
    }

    public int Count { get; }

    public PackedLayout Layout { get; }

    private ReadOnlySpan<uint> Entries => entries.AsSpan(start, Count);

    public static void PackInto(SparseVector vector, PackedLayout layout, Span<uint> into)
    {
        var indices = vector.Indices.AsSpan();
        var values = vector.Values.AsSpan(0, indices.Length);
        into = into[..indices.Length];
        for (var i = 0; i < indices.Length; i++)
            into[i] = layout.Pack(indices[i], values[i]);
    }

    public SparseVector Unpack()
    {
        if (Count == 0)
            return SparseVector.Empty;
        var indices = new int[Count];
        var values = new float[Count];
        for (var k = 0; k < Count; k++)
            (indices[k], values[k]) = (IndexAt(k), ValueAt(k));
        return new SparseVector(indices, values);
    }

    public int IndexAt(int k) => Layout.IndexOf(entries[start + k]);

    public float ValueAt(int k) => Layout.ValueOf(entries[start + k]);

    public bool Contains(int index)
    {
        var entries = Entries;
        int low = 0, high = entries.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var found = Layout.IndexOf(entries[middle]);
            if (found == index)
                return true;
            if (found < index)
                low = middle + 1;
            else
                high = middle - 1;
        }
        return false;
    }

    public float Dot(ReadOnlySpan<float> dense)
    {
        // Four running sums, not one: each addition waits for the one before it, so a single sum leaves the core
        // idle between reads; with four the reads overlap (whole-catalogue scoring is mostly this loop). The steps are
        // summed as integers' worth and scaled once.
        var entries = Entries;
        var shift = Layout.ValueBits;
        var mask = Layout.ValueMask;
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        var i = 0;
        for (; i + 3 < entries.Length; i += 4)
        {
            uint e0 = entries[i], e1 = entries[i + 1], e2 = entries[i + 2], e3 = entries[i + 3];
            s0 += (int)(e0 & mask) * dense[(int)(e0 >> shift)];
            s1 += (int)(e1 & mask) * dense[(int)(e1 >> shift)];
            s2 += (int)(e2 & mask) * dense[(int)(e2 >> shift)];
            s3 += (int)(e3 & mask) * dense[(int)(e3 >> shift)];
        }
        for (; i < entries.Length; i++)
            s0 += (int)(entries[i] & mask) * dense[(int)(entries[i] >> shift)];
        return (s0 + s1 + (s2 + s3)) * Layout.Step;
    }

    /// <summary>This vector's indices that are in <paramref name="set"/> (a bit per feature), in order, as many as
    /// <paramref name="found"/> holds; returns how many. A set of a few features is a few kilobytes that stay in cache,
    /// where a dense vector of their values would miss it at every entry.</summary>
    public int IndicesIn(ReadOnlySpan<ulong> set, Span<int> found)
    {
        var shift = Layout.ValueBits;
        var count = 0;
        foreach (var entry in Entries)
        {
            var index = (int)(entry >> shift);
            if ((set[index >> 6] & (1UL << index)) != 0 && count < found.Length)
                found[count++] = index;
        }
        return count;
    }

    /// <summary>The dot product with a vector of the same layout.</summary>
    public float Dot(PackedVector other)
    {
        var a = Entries;
        var b = other.Entries;
        var shift = Layout.ValueBits;
        var mask = Layout.ValueMask;
        long sum = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var x = a[i] >> shift;
            var y = b[j] >> shift;
            if (x == y)
                sum += (long)(a[i++] & mask) * (b[j++] & mask);
            else if (x < y)
                i++;
            else
                j++;
        }
        return (float)(sum * ((double)Layout.Step * Layout.Step));
    }

    public void AddTo(Span<float> dense, float scale)
    {
        var entries = Entries;
        var shift = Layout.ValueBits;
        var mask = Layout.ValueMask;
        var step = scale * Layout.Step;
        foreach (var entry in entries)
            dense[(int)(entry >> shift)] += step * (int)(entry & mask);
    }

    /// <summary>Sets the entries at this vector's indices to zero.</summary>
    public void ClearIn<T>(Span<T> dense)
        where T : struct
    {
        var shift = Layout.ValueBits;
        foreach (var entry in Entries)
            dense[(int)(entry >> shift)] = default;
    }

    public float SquaredNorm()
    {
        var mask = Layout.ValueMask;
        long sum = 0;
        foreach (var entry in Entries)
            sum += (long)(entry & mask) * (entry & mask);
        return (float)(sum * ((double)Layout.Step * Layout.Step));
    }
}
