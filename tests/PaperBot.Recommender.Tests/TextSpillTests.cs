using PaperBot.Recommender.Content;
using PaperBot.TestKit;

namespace PaperBot.Recommender.Tests;

/// <summary>The papers' TF-IDF vectors wait in a file while the factorization machine trains, and come back exactly.</summary>
public sealed class TextSpillTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static PaperFeatures[] Featurized() => ContentSpaceBuilder.BuildAndFeaturize(TopicCatalogue.Create(), new ContentOptions()).Features;

    private static void AssertSame(PaperFeatures expected, PaperFeatures actual)
    {
        Assert.Equal(expected.Text.Indices, actual.Text.Indices);
        Assert.Equal(expected.Text.Values, actual.Text.Values);
        Assert.Same(expected.Terms.Indices, actual.Terms.Indices);
        Assert.Same(expected.Meta.Indices, actual.Meta.Indices);
    }

    [Fact]
    public void Vectors_taken_in_blocks_come_back_bit_for_bit_and_are_gone_from_memory_meanwhile()
    {
        var expected = Featurized();
        var features = expected.ToArray();
        using var spill = TextSpill.In(folder.Path);

        spill.Take(features, 0, 10);
        spill.Take(features, 10, features.Length);

        Assert.All(features, f => Assert.Equal(0, f.Text.Count));
        Assert.All(features, f => Assert.NotEqual(0, f.Terms.Count));
        var restored = spill.Restore(features);
        for (var i = 0; i < expected.Length; i++)
            AssertSame(expected[i], restored[i]);
    }

    [Fact]
    public void The_builder_hands_its_vectors_to_the_spill_as_it_makes_them()
    {
        var expected = Featurized();
        var builder = new ContentSpaceBuilder(new ContentOptions());
        foreach (var paper in TopicCatalogue.Create())
            builder.Add(paper);
        using var spill = TextSpill.In(folder.Path);

        var (_, features) = builder.Build(spill);

        Assert.All(features, f => Assert.Equal(0, f.Text.Count));
        var restored = spill.Restore(features);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Text.Indices, restored[i].Text.Indices);
            Assert.Equal(expected[i].Text.Values, restored[i].Text.Values);
            Assert.Equal(expected[i].Terms.Indices, restored[i].Terms.Indices);
        }
    }

    [Fact]
    public void Papers_out_of_order_or_a_different_catalogue_are_refused()
    {
        var features = Featurized();
        using var spill = TextSpill.In(folder.Path);

        Assert.Throws<InvalidOperationException>(() => spill.Take(features, 5, 10));
        spill.Take(features, 0, features.Length);
        Assert.Throws<InvalidOperationException>(() => spill.Restore(features[..^1]));
    }

    [Fact]
    public void The_file_leaves_nothing_behind_in_the_models_folder()
    {
        var features = Featurized();
        var spill = TextSpill.In(folder.Path);
        spill.Take(features, 0, features.Length);

        if (!OperatingSystem.IsWindows())
            Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
        spill.Dispose();
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }
}
