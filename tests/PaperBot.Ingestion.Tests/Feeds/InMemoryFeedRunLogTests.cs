using PaperBot.Ingestion.Feeds;

namespace PaperBot.Ingestion.Tests.Feeds;

public sealed class InMemoryFeedRunLogTests
{
    private static readonly DateTimeOffset Monday = new(2024, 5, 20, 1, 30, 0, TimeSpan.Zero);

    private readonly InMemoryFeedRunLog log = new();

    [Fact]
    public async Task The_latest_run_of_each_source_is_kept_in_source_order()
    {
        await log.RecordAsync(Ok("huggingface", Monday));
        await log.RecordAsync(Ok("arxiv:cs.LG", Monday));
        var failed = FeedRun.Failed("huggingface", Monday.AddDays(1), Monday.AddDays(1).AddSeconds(2), "HTTP 503 Service Unavailable after 4 attempts");
        await log.RecordAsync(failed);

        var latest = await log.LatestPerSourceAsync();

        Assert.Equal(["arxiv:cs.LG", "huggingface"], latest.Select(r => r.Source));
        Assert.Equal(failed, latest[1]);
    }

    [Fact]
    public async Task An_older_run_recorded_late_does_not_hide_a_newer_one()
    {
        var newer = Ok("arxiv:cs.CL", Monday.AddDays(1));
        await log.RecordAsync(newer);

        await log.RecordAsync(Ok("arxiv:cs.CL", Monday));

        Assert.Equal(newer, Assert.Single(await log.LatestPerSourceAsync()));
    }

    private static FeedRun Ok(string source, DateTimeOffset started) => new(source, started, started.AddSeconds(3), true, 10, 4, 1, 0, null);
}
