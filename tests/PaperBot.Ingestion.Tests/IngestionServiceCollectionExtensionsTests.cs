using Microsoft.Extensions.DependencyInjection;
using PaperBot.TestKit;

namespace PaperBot.Ingestion.Tests;

public sealed class IngestionServiceCollectionExtensionsTests
{
    [Fact]
    public void The_four_parsers_are_registered_with_the_most_lenient_last()
    {
        var services = new ServiceCollection().AddPaperIngestion();
        using var provider = services.BuildServiceProvider();

        Assert.Equal(["arxiv-atom", "hf-daily", "arxiv-snapshot", "seed-page"], provider.GetServices<IPaperParser>().Select(p => p.Format));
    }

    [Fact]
    public void Each_seed_page_sample_and_garbage_is_claimed_by_at_most_the_right_parser()
    {
        using var provider = new ServiceCollection().AddPaperIngestion().BuildServiceProvider();
        var parsers = provider.GetServices<IPaperParser>().ToList();
        var samples = new Dictionary<string, string?>
        {
            [File.ReadAllText(Path.Combine(RepoPaths.Seeds, "002_ca63fa333a1edf3e.txt"))] = "seed-page",
            [File.ReadAllText(TestData.PathOf("arxiv/query-optimizers.atom"))] = "arxiv-atom",
            [File.ReadAllText(TestData.PathOf("huggingface/daily_papers.json"))] = "hf-daily",
            [Snapshot.SnapshotLines.Sample] = "arxiv-snapshot",
            ["<html><body><p>Not a feed</p></body></html>"] = null,
            ["{\"error\": \"rate limited\"}"] = null,
        };

        Assert.All(samples, sample => Assert.Equal(sample.Value is null ? [] : [sample.Value], parsers.Where(p => p.Recognizes(sample.Key)).Select(p => p.Format)));
    }
}
