using PaperBot.Recommender.Content;
using PaperBot.Recommender.Model;
using PaperBot.TestKit;

namespace PaperBot.Recommender.Tests;

/// <summary>The features saved beside a model: read back bit for bit, and refused when they are not that model's or
/// are damaged (a restarted bot then featurizes, rather than ranking from wrong vectors).</summary>
public sealed class FeatureFileTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ContentSpace space;
    private readonly TrainedFeatures features;

    public FeatureFileTests()
    {
        var papers = TopicCatalogue.Create();
        (space, var featurized) = ContentSpaceBuilder.BuildAndFeaturize(papers, new ContentOptions());
        var arena = new FeatureArena(space.TextFeatureCount, space.MetaFeatureCount);
        foreach (var paper in featurized)
            arena.Add(paper);
        arena.Pack(CancellationToken.None);
        features = new TrainedFeatures(arena, [.. papers.Select(ContentHash.Of)]);
    }

    private string Path => folder.File("features.bin");

    [Fact]
    public void Features_written_are_read_back_bit_for_bit()
    {
        FeatureFile.Write(Path, "v1", space, features);

        var read = FeatureFile.Read(Path, "v1", space, features.Papers.Count);

        Assert.Equal(features.ContentHashes, read.ContentHashes);
        Assert.Equal(features.Papers.Count, read.Papers.Count);
        for (var i = 0; i < read.Papers.Count; i++)
        {
            Assert.Equal(features.Papers.ShapeOf(i), read.Papers.ShapeOf(i));
            Assert.Equal(features.Papers.EntriesOf(i).ToArray(), read.Papers.EntriesOf(i).ToArray());
        }
        Assert.Equal([System.IO.Path.GetFileName(Path)], Directory.GetFiles(folder.Path).Select(System.IO.Path.GetFileName));
    }

    [Fact]
    public void A_file_of_another_model_or_another_catalogue_is_refused()
    {
        FeatureFile.Write(Path, "v1", space, features);

        Assert.Contains("model v1, not of v2", Assert.Throws<InvalidDataException>(() => FeatureFile.Read(Path, "v2", space, features.Papers.Count)).Message);
        Assert.Throws<InvalidDataException>(() => FeatureFile.Read(Path, "v1", space, features.Papers.Count + 1));
    }

    [Theory]
    [InlineData(40)]
    [InlineData(400)]
    [InlineData(-20)]
    public void A_flipped_bit_anywhere_after_the_header_is_found(int offset)
    {
        FeatureFile.Write(Path, "v1", space, features);
        var bytes = File.ReadAllBytes(Path);
        bytes[offset < 0 ? bytes.Length + offset : offset] ^= 0x08;
        File.WriteAllBytes(Path, bytes);

        Assert.Throws<InvalidDataException>(() => FeatureFile.Read(Path, "v1", space, features.Papers.Count));
    }

    [Fact]
    public void A_truncated_file_is_refused()
    {
        FeatureFile.Write(Path, "v1", space, features);
        var bytes = File.ReadAllBytes(Path);
        File.WriteAllBytes(Path, bytes[..(bytes.Length / 2)]);

        Assert.ThrowsAny<IOException>(() => FeatureFile.Read(Path, "v1", space, features.Papers.Count));
    }

    public void Dispose() => folder.Dispose();
}
