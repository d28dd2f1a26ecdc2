using PaperBot.Recommender.Content;
using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Tests;

/// <summary>Keeping a vector's strongest entries: a person's taste lent to peers, a paper's terms for the factorization machine.</summary>
public sealed class StrongestEntriesTests
{
    private static readonly PackedLayout Words = new(1000);

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(7, 3)]
    [InlineData(1000, 0)]
    [InlineData(1000, 499)]
    [InlineData(1000, 999)]
    public void The_kth_largest_is_what_a_descending_sort_puts_at_k(int length, int k)
    {
        var random = new Random(length * 31 + k);
        // Few distinct values, so that ties and runs of equal pivots are the common case, and then many.
        foreach (var distinct in new[] { 3, 1_000_000 })
        {
            var values = Enumerable.Range(0, length).Select(_ => (float)random.Next(distinct)).ToArray();
            var expected = values.OrderDescending().ElementAt(k);
            Assert.Equal(expected, TopSelection.KthLargest(values, k));
            Assert.Equal(expected, TopSelection.KthLargest(values.Order().ToArray(), k));
            Assert.Equal(expected, TopSelection.KthLargest(values.OrderDescending().ToArray(), k));
        }
    }

    [Fact]
    public void A_rank_outside_the_values_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TopSelection.KthLargest(new float[3], 3));

    [Fact]
    public void The_strongest_entries_are_kept_in_index_order_at_unit_length()
    {
        int[] indices = [40, 3, 17, 8, 25];
        float[] values = [0.1f, 0.5f, 0.3f, 0.05f, 0.4f];
        var strongest = SparseVector.Strongest(indices, values, 3);
        Assert.Equal([3, 17, 25], strongest.Indices);
        var norm = MathF.Sqrt(0.5f * 0.5f + 0.3f * 0.3f + 0.4f * 0.4f);
        Assert.Equal([0.5f / norm, 0.3f / norm, 0.4f / norm], strongest.Values);
    }

    [Fact]
    public void Of_equal_weights_at_the_cut_the_first_are_kept()
    {
        int[] indices = [9, 7, 5, 3, 1];
        float[] values = [0.2f, 0.9f, 0.2f, 0.2f, 0.2f];
        Assert.Equal([5, 7, 9], SparseVector.Strongest(indices, values, 3).Indices);
    }

    [Fact]
    public void Fewer_entries_than_wanted_are_all_kept_and_none_is_empty()
    {
        Assert.Equal([2, 6], SparseVector.Strongest([6, 2], [1f, 1f], 12).Indices);
        Assert.Equal(0, SparseVector.Strongest([], [], 12).Count);
    }

    [Fact]
    public void A_profile_gives_the_strongest_of_its_summed_entries_once_each_and_is_left_empty()
    {
        var dimensions = Words.Features;
        var a = Pack((1, 0.6f), (4, 0.5f));
        var b = Pack((1, 0.6f), (2, 0.8f));
        float[] values;
        using (var profile = new ContentProfile(dimensions, 2))
        {
            profile.Add(a, 1f);
            profile.Add(b, 1f);
            values = profile.Values.ToArray();
            var strongest = profile.Strongest(2);
            Assert.Equal([1, 2], strongest.Indices);
            Assert.Equal(1f, strongest.Values.Sum(v => v * v), 1e-5f);
            Assert.True(profile.Values.IndexOfAnyExcept(0f) < 0);
        }
        Assert.Equal(1.2f, values[1], 1e-3f);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(400)]
    public void A_profile_gives_back_its_array_zeroed_however_much_was_written(int vectors)
    {
        var random = new Random(vectors);
        var profile = new ContentProfile(Words.Features, vectors);
        for (var i = 0; i < vectors; i++)
            profile.Add(Pack((random.Next(500), 0.5f), (500 + random.Next(500), 0.5f)), 1f);
        var borrowed = profile.Values.ToArray();
        Assert.Contains(borrowed, v => v != 0);
        profile.Dispose();
        // The next borrower on this thread gets the same array back.
        using var next = new ContentProfile(Words.Features);
        Assert.True(next.Values.IndexOfAnyExcept(0f) < 0);
    }

    private static PackedVector Pack(params (int Index, float Value)[] entries)
    {
        var packed = entries.OrderBy(e => e.Index).Select(e => Words.Pack(e.Index, e.Value)).ToArray();
        return new PackedVector(packed, 0, packed.Length, Words);
    }
}
