using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Tests;

/// <summary>The view's vectors, four bytes an entry: what packing keeps and what it refuses.</summary>
public sealed class PackedVectorTests
{
    private static readonly PackedLayout Words = new(200_000);

    [Theory]
    [InlineData(1, 24)]
    [InlineData(2, 24)]
    [InlineData(256, 24)]
    [InlineData(257, 23)]
    [InlineData(200_000, 14)]
    [InlineData(262_144, 14)]
    [InlineData(262_145, 13)]
    [InlineData(1 << 24, 8)]
    public void A_layout_gives_the_index_just_the_bits_the_space_needs(int features, int valueBits) =>
        Assert.Equal(valueBits, new PackedLayout(features).ValueBits);

    [Fact]
    public void A_space_too_large_to_keep_eight_bits_of_value_is_refused() =>
        Assert.Throws<NotSupportedException>(() => new PackedLayout((1 << 24) + 1));

    [Theory]
    [InlineData(1)]
    [InlineData(30)]
    [InlineData(200_000)]
    public void A_value_of_one_keeps_its_index_in_any_space(int features)
    {
        var layout = new PackedLayout(features);
        var entry = layout.Pack(features - 1, 1.0000001f);
        Assert.Equal(features - 1, layout.IndexOf(entry));
        Assert.Equal(1f, layout.ValueOf(entry), 1e-6f);
    }

    [Theory]
    [InlineData(-0.1f)]
    [InlineData(float.NaN)]
    public void A_value_outside_zero_to_one_is_refused(float value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Words.Pack(5, value));

    [Fact]
    public void An_index_outside_the_space_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Words.Pack(200_000, 0.5f));

    [Fact]
    public void Products_sums_and_lookups_match_the_plain_vectors_to_within_the_rounding()
    {
        var random = new Random(3);
        var a = RandomUnit(random, 170);
        var b = RandomUnit(random, 170);
        var arena = new FeatureArena(Words.Features, 1);
        arena.Add(new PaperFeatures(a, SparseVector.Empty, SparseVector.Empty));
        arena.Add(new PaperFeatures(b, SparseVector.Empty, SparseVector.Empty));
        arena.Pack(CancellationToken.None);
        var (pa, pb) = (arena[0].Text, arena[1].Text);
        var dense = new float[Words.Features];
        foreach (var i in Enumerable.Range(0, dense.Length).Where(i => i % 7 == 0))
            dense[i] = random.NextSingle() - 0.5f;

        Assert.Equal(a.Indices, Enumerable.Range(0, pa.Count).Select(pa.IndexAt));
        Assert.Equal(a.Dot(dense), pa.Dot(dense), 1e-3f);
        Assert.Equal(a.Dot(b), pa.Dot(pb), 1e-3f);
        Assert.Equal(1f, pa.SquaredNorm(), 1e-3f);
        foreach (var index in new[] { a.Indices[0], a.Indices[17], a.Indices[^1], a.Indices[17] + 1, 0, Words.Features - 1 })
            Assert.Equal(a.Indices.Contains(index), pa.Contains(index));

        var sum = new float[Words.Features];
        pa.AddTo(sum, 2f);
        Assert.All(a.Indices.Zip(a.Values), e => Assert.Equal(2 * e.Second, sum[e.First], 1e-3f));
        pa.ClearIn<float>(sum);
        Assert.All(sum, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void An_arena_keeps_every_papers_three_vectors_apart_across_its_arrays()
    {
        var random = new Random(5);
        var arena = new FeatureArena(Words.Features, 1000);
        var papers = Enumerable.Range(0, FeatureArena.ChunkEntries / 146 + 100)
            .Select(_ => new PaperFeatures(RandomUnit(random, 130), RandomUnit(random, 12), RandomUnit(random, 4, 1000)))
            .ToList();

        foreach (var paper in papers[..10])
            arena.Add(paper);
        arena.Pack(CancellationToken.None);
        foreach (var paper in papers[10..])
            arena.Add(paper);
        arena.Pack(CancellationToken.None);

        Assert.Equal(papers.Count, arena.Count);
        foreach (var i in new[] { 0, 1, FeatureArena.ChunkEntries / 146 - 1, FeatureArena.ChunkEntries / 146, papers.Count - 1 })
        {
            Assert.Equal(papers[i].Text.Indices, Indices(arena[i].Text));
            Assert.Equal(papers[i].Terms.Indices, Indices(arena[i].Terms));
            Assert.Equal(papers[i].Meta.Indices, Indices(arena[i].Meta));
            Assert.Equal(papers[i].Meta.Values[0], arena[i].Meta.ValueAt(0), 1e-3f);
        }
    }

    [Fact]
    public void An_arena_refuses_to_share_the_vectors_of_another_space()
    {
        var other = new FeatureArena(100, 10);
        other.Add(new PaperFeatures(RandomUnit(new Random(1), 5, 100), SparseVector.Empty, SparseVector.Empty));
        other.Pack(CancellationToken.None);

        Assert.Throws<ArgumentException>(() => new FeatureArena(Words.Features, 10).Adopt(other, 0));
    }

    private static IEnumerable<int> Indices(PackedVector vector) => Enumerable.Range(0, vector.Count).Select(vector.IndexAt);

    private static SparseVector RandomUnit(Random random, int count, int features = 200_000)
    {
        var indices = new HashSet<int>();
        while (indices.Count < count)
            indices.Add(random.Next(features));
        return SparseVector.Normalized([.. indices.Select(i => (i, random.NextSingle() + 0.01f))]);
    }
}
