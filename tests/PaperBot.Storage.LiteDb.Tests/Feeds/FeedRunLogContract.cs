using PaperBot.Core.Feeds;

namespace PaperBot.Storage.LiteDb.Tests.Feeds;

/// <summary>What every <see cref="IFeedRunLog"/> must do; run against each implementation by a subclass.</summary>
public abstract class FeedRunLogContract : IDisposable
{
    protected static readonly DateTimeOffset Monday = new(2024, 5, 20, 1, 30, 0, TimeSpan.Zero);

    protected abstract IFeedRunLog Log { get; }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    [Fact]
    public async Task Nothing_is_listed_before_the_first_run()
    {
        Assert.Empty(await Log.LatestPerSourceAsync());
    }

    [Fact]
    public async Task The_latest_run_of_each_source_is_kept_in_source_order()
    {
        await Log.RecordAsync(Ok("huggingface", Monday));
        await Log.RecordAsync(Ok("arxiv:cs.LG", Monday));
        var failed = FeedRun.Failed("huggingface", Monday.AddDays(1), Monday.AddDays(1).AddSeconds(2), "HTTP 503 Service Unavailable after 4 attempts");
        await Log.RecordAsync(failed);

        var latest = await Log.LatestPerSourceAsync();

        Assert.Equal(["arxiv:cs.LG", "huggingface"], latest.Select(r => r.Source));
        Assert.Equal(failed, latest[1]);
    }

    [Fact]
    public async Task A_run_comes_back_with_every_field_as_it_was()
    {
        var started = new DateTimeOffset(2026, 3, 4, 1, 30, 0, TimeSpan.FromHours(-5)).AddTicks(1234567);
        var run = new FeedRun("arxiv:cs.CL", started, started.AddSeconds(4.5), true, 100, 37, 5, 2, null);

        await Log.RecordAsync(run);

        var stored = Assert.Single(await Log.LatestPerSourceAsync());
        Assert.Equal(run, stored);
        Assert.Equal(run.Started.Offset, stored.Started.Offset);
        Assert.Equal(TimeSpan.FromSeconds(4.5), stored.Duration);
    }

    [Fact]
    public async Task An_older_run_recorded_late_does_not_hide_a_newer_one()
    {
        var newer = Ok("arxiv:cs.CL", Monday.AddDays(1));
        await Log.RecordAsync(newer);

        await Log.RecordAsync(Ok("arxiv:cs.CL", Monday));
        // The same instant in another offset is not older: it replaces.
        var sameStart = Ok("arxiv:cs.CL", Monday.AddDays(1).ToOffset(TimeSpan.FromHours(2))) with { New = 9 };
        await Log.RecordAsync(sameStart);

        Assert.Equal(9, Assert.Single(await Log.LatestPerSourceAsync()).New);
    }

    [Fact]
    public async Task Sources_are_ordered_ordinally_so_capitals_come_first()
    {
        foreach (var source in new[] { "huggingface", "arxiv:cs.LG", "arxiv:cs.CL", "Arxiv:math.OC" })
            await Log.RecordAsync(Ok(source, Monday));

        Assert.Equal(["Arxiv:math.OC", "arxiv:cs.CL", "arxiv:cs.LG", "huggingface"], (await Log.LatestPerSourceAsync()).Select(r => r.Source));
    }

    protected static FeedRun Ok(string source, DateTimeOffset started) => new(source, started, started.AddSeconds(3), true, 10, 4, 1, 0, null);
}
