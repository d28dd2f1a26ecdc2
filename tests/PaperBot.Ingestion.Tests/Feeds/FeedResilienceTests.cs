using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Feeds;
using PaperBot.Ingestion.Feeds;

namespace PaperBot.Ingestion.Tests.Feeds;

/// <summary>Sources that fail for a while, or for good, through the resilience pipeline the host gets.</summary>
public sealed class FeedResilienceTests : IDisposable
{
    private readonly FeedTestHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Two_503s_then_the_feed_are_retried_into_a_successful_run()
    {
        host.Server.Given(FeedTestHost.Arxiv("cs.LG")).InScenario("busy").WillSetStateTo("still busy").RespondWith(FeedTestHost.Status(503));
        host.Server.Given(FeedTestHost.Arxiv("cs.LG")).InScenario("busy").WhenStateIs("still busy").WillSetStateTo("up").RespondWith(FeedTestHost.Status(503));
        host.Server.Given(FeedTestHost.Arxiv("cs.LG")).InScenario("busy").WhenStateIs("up").RespondWith(FeedTestHost.Ok("arxiv-cs.LG.atom"));

        var runs = await host.Ingestion(OnlyCsLg).IngestAllAsync();

        var run = Assert.Single(runs);
        Assert.True(run.Succeeded, run.Error);
        Assert.Equal(5, run.New);
        Assert.Equal(3, host.RequestsTo(FeedTestHost.ArxivPath));
    }

    [Fact]
    public async Task A_429_waits_as_long_as_Retry_After_says_then_succeeds()
    {
        host.Server.Given(FeedTestHost.HuggingFace()).InScenario("limited").WillSetStateTo("allowed")
            .RespondWith(FeedTestHost.Status(429).WithHeader("Retry-After", "1"));
        host.Server.Given(FeedTestHost.HuggingFace()).InScenario("limited").WhenStateIs("allowed")
            .RespondWith(FeedTestHost.Ok("huggingface-daily_papers.json"));
        var clock = Stopwatch.StartNew();

        var runs = await host.Ingestion(o => o.ArxivEnabled = false).IngestAllAsync();

        var run = Assert.Single(runs);
        Assert.True(run.Succeeded, run.Error);
        Assert.Equal(4, run.New);
        Assert.Equal(2, host.RequestsTo(FeedTestHost.HuggingFacePath));
        // The backoff here is 20 ms, so a wait of about a second can only come from the header.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Hugging_Face_down_is_a_failed_run_after_four_attempts_and_arxiv_still_goes_in()
    {
        host.ArxivUp("cs.LG");
        host.ArxivUp("cs.CL");
        host.Server.Given(FeedTestHost.HuggingFace()).RespondWith(FeedTestHost.Status(503));
        var services = host.Services();

        var runs = await services.GetRequiredService<FeedIngestion>().IngestAllAsync();

        Assert.Equal([true, true, false], runs.Select(r => r.Succeeded));
        Assert.Equal("HTTP 503 Service Unavailable after 4 attempts", runs[2].Error);
        Assert.Equal(4, host.RequestsTo(FeedTestHost.HuggingFacePath));
        Assert.Equal(8, await host.Store.CountAsync());
        var recorded = await services.GetRequiredService<IFeedRunLog>().LatestPerSourceAsync();
        Assert.Equal(runs[2], Assert.Single(recorded, r => r.Source == "huggingface"));
    }

    [Fact]
    public async Task A_404_is_not_retried()
    {
        host.Server.Given(FeedTestHost.HuggingFace()).RespondWith(FeedTestHost.Status(404));

        var runs = await host.Ingestion(o => o.ArxivEnabled = false).IngestAllAsync();

        Assert.Equal("HTTP 404 Not Found", Assert.Single(runs).Error);
        Assert.Equal(1, host.RequestsTo(FeedTestHost.HuggingFacePath));
    }

    [Fact]
    public async Task A_server_that_is_not_there_is_a_failed_run_not_an_exception()
    {
        var runs = await host.Ingestion(o =>
        {
            o.ArxivEnabled = false;
            // A port just found free: nothing listens there, so every attempt is refused.
            o.HuggingFaceUrl = $"http://127.0.0.1:{FeedTestHost.FreePort()}/api/daily_papers";
        }).IngestAllAsync();

        var run = Assert.Single(runs);
        Assert.False(run.Succeeded);
        Assert.StartsWith("could not fetch: ", run.Error, StringComparison.Ordinal);
        Assert.EndsWith(" after 4 attempts", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calls_to_arxiv_are_spaced_by_the_configured_interval()
    {
        host.AllUp();
        var interval = TimeSpan.FromMilliseconds(300);

        await host.Ingestion(o => o.ArxivRequestInterval = interval).IngestAllAsync();

        var arxiv = host.Server.LogEntries.Where(e => e.RequestMessage.Path == FeedTestHost.ArxivPath).Select(e => e.RequestMessage.DateTime).Order().ToList();
        Assert.Equal(2, arxiv.Count);
        Assert.True(arxiv[1] - arxiv[0] >= interval, $"{arxiv[1] - arxiv[0]} between the calls");
    }

    private static void OnlyCsLg(FeedOptions options)
    {
        options.ArxivCategories.Remove("cs.CL");
        options.HuggingFaceEnabled = false;
    }
}
