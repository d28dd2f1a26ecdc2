using PaperBot.Recommender.Content;
using PaperBot.TestKit;

namespace PaperBot.Recommender.Tests;

/// <summary>The papers' TF-IDF vectors wait in a file while the factorization machine trains, and come back exactly.</summary>
public sealed class TextSpillTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static readonly ContentSpace Space = ContentSpaceBuilder.BuildAndFeaturize(TopicCatalogue.Create(), new ContentOptions()).Space;

    private static PaperFeatures[] Featurized() => ContentSpaceBuilder.BuildAndFeaturize(TopicCatalogue.Create(), new ContentOptions()).Features;

    [Fact]
    public void Vectors_taken_in_blocks_come_back_packed_and_are_gone_from_memory_meanwhile()
    {
        var expected = Featurized();
        var features = expected.ToArray();
        using var spill = TextSpill.In(folder.Path);

        spill.Take(features, 0, 10);
        spill.Take(features, 10, features.Length);

        Assert.All(features, f => Assert.Equal(0, f.Text.Count));
        Assert.All(features, f => Assert.NotEqual(0, f.Terms.Count));
        var restored = spill.Restore(features, Space, CancellationToken.None);
        Assert.Equal(expected.Length, restored.Count);
        for (var i = 0; i < expected.Length; i++)
            PackedAssert.Close(expected[i], restored[i]);
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
        var restored = spill.Restore(features, Space, CancellationToken.None);
        for (var i = 0; i < expected.Length; i++)
            PackedAssert.Close(expected[i], restored[i]);
    }

    [Fact]
    public void Papers_out_of_order_or_a_different_catalogue_are_refused()
    {
        var features = Featurized();
        using var spill = TextSpill.In(folder.Path);

        Assert.Throws<InvalidOperationException>(() => spill.Take(features, 5, 10));
        spill.Take(features, 0, features.Length);
        Assert.Throws<InvalidOperationException>(() => spill.Restore(features[..^1], Space, CancellationToken.None));
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
