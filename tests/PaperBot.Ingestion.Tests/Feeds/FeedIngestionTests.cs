using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Feeds;
using PaperBot.Core.Papers;
using PaperBot.Ingestion.Feeds;
using WireMock.ResponseBuilders;

namespace PaperBot.Ingestion.Tests.Feeds;

public sealed class FeedIngestionTests : IDisposable
{
    private readonly FeedTestHost host = new();

    public void Dispose() => host.Dispose();

    [Fact]
    public async Task Every_source_is_read_and_its_papers_go_into_the_catalogue()
    {
        host.AllUp();
        var services = host.Services();

        var runs = await services.GetRequiredService<FeedIngestion>().IngestAllAsync();

        Assert.Equal(["arxiv:cs.LG", "arxiv:cs.CL", "huggingface"], runs.Select(r => r.Source));
        Assert.All(runs, r => Assert.True(r.Succeeded && r.Error is null && r.Skipped == 0 && r.Finished >= r.Started, r.ToString()));
        Assert.Equal([5, 4, 4], runs.Select(r => r.Read));
        // cs.CL repeats a cross-listed cs.LG paper; Hugging Face lists one cs.CL paper and adds its upvotes to it.
        Assert.Equal([5, 3, 3], runs.Select(r => r.New));
        Assert.Equal([0, 0, 1], runs.Select(r => r.Updated));
        Assert.Equal(11, await host.Store.CountAsync());
        Assert.Equal(11, host.Index.Count);
        var both = await host.Store.FindAsync(PaperId.FromArxiv("2405.14195"));
        Assert.NotNull(both);
        Assert.Equal(["arxiv", "huggingface"], both.Sources);
        Assert.Equal(["cs.CL", "cs.AI"], both.Categories);
        Assert.Equal(41, both.Upvotes);
        var crossListed = await host.Store.FindAsync(PaperId.FromArxiv("2405.14180"));
        Assert.Equal(["cs.LG", "cs.CL"], crossListed?.Categories);
        Assert.Equal(runs.OrderBy(r => r.Source, StringComparer.Ordinal), await services.GetRequiredService<IFeedRunLog>().LatestPerSourceAsync());
    }

    [Fact]
    public async Task Each_category_is_one_query_for_its_newest_submissions()
    {
        host.AllUp();

        await host.Ingestion().IngestAllAsync();

        var queries = host.Server.LogEntries.Where(e => e.RequestMessage.Path == FeedTestHost.ArxivPath).Select(e => e.RequestMessage.Query!).ToList();
        Assert.Equal(["cat:cs.LG", "cat:cs.CL"], queries.Select(q => q["search_query"].Single()));
        Assert.All(queries, q =>
        {
            Assert.Equal("submittedDate", q["sortBy"].Single());
            Assert.Equal("descending", q["sortOrder"].Single());
            Assert.Equal("5", q["max_results"].Single());
        });
        Assert.Equal(1, host.RequestsTo(FeedTestHost.HuggingFacePath));
    }

    [Fact]
    public async Task Running_again_brings_nothing_new_and_writes_nothing()
    {
        host.AllUp();
        var ingestion = host.Ingestion();
        await ingestion.IngestAllAsync();
        var revision = await host.Store.RevisionAsync();

        var again = await ingestion.IngestAllAsync();

        Assert.All(again, r => Assert.True(r.Succeeded && r.New == 0 && r.Updated == 0, r.ToString()));
        Assert.Equal([5, 4, 4], again.Select(r => r.Read));
        Assert.Equal(revision, await host.Store.RevisionAsync());
        Assert.Equal(11, await host.Store.CountAsync());
    }

    [Fact]
    public async Task A_truncated_feed_fails_with_the_parse_error_and_the_other_sources_go_in()
    {
        var feed = FeedTestHost.Recorded("arxiv-cs.LG.atom");
        host.Server.Given(FeedTestHost.Arxiv("cs.LG")).RespondWith(Response.Create().WithBody(feed[..(feed.Length / 2)]));
        host.ArxivUp("cs.CL");
        host.HuggingFaceUp();

        var runs = await host.Ingestion().IngestAllAsync();

        var broken = runs[0];
        Assert.False(broken.Succeeded);
        Assert.Equal(0, broken.Read);
        Assert.StartsWith("not a complete Atom feed (truncated or malformed XML)", broken.Error, StringComparison.Ordinal);
        Assert.True(runs[1].Succeeded && runs[2].Succeeded);
        Assert.Equal(7, await host.Store.CountAsync());
    }

    [Fact]
    public async Task A_web_page_where_the_feed_should_be_fails_naming_what_was_expected()
    {
        host.ArxivUp("cs.LG");
        host.ArxivUp("cs.CL");
        host.Server.Given(FeedTestHost.HuggingFace()).RespondWith(Response.Create()
            .WithHeader("Content-Type", "text/html").WithBody("<!DOCTYPE html>\n<html><head><title>Hugging Face – Maintenance</title></head><body>Back soon</body></html>"));

        var runs = await host.Ingestion().IngestAllAsync();

        Assert.Equal("not a JSON array of Hugging Face daily papers; the response begins \"<!DOCTYPE html> <html><head><title>Hugging Face – Maintenanc…\"", runs[2].Error);
        Assert.True(runs[0].Succeeded && runs[1].Succeeded);
    }

    [Fact]
    public async Task An_api_error_entry_fails_the_source_with_arxivs_message()
    {
        host.ArxivUp("cs.LG");
        host.Server.Given(FeedTestHost.Arxiv("cs.CL")).RespondWith(Response.Create().WithBody(File.ReadAllText(TestData.PathOf("arxiv/error.atom"))));
        host.HuggingFaceUp();

        var runs = await host.Ingestion().IngestAllAsync();

        Assert.False(runs[1].Succeeded);
        Assert.Contains("incorrect id format for 1234.123", runs[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_store_failure_fails_that_source_only()
    {
        host.AllUp();
        var calls = 0;
        host.Index.OnIndexing = () =>
        {
            if (Interlocked.Increment(ref calls) == 1)
                throw new IOException("index folder is read-only");
        };

        var runs = await host.Ingestion().IngestAllAsync();

        Assert.Equal("failed while storing the papers: index folder is read-only", runs[0].Error);
        Assert.Equal([false, true, true], runs.Select(r => r.Succeeded));
    }

    [Fact]
    public async Task A_run_log_that_cannot_record_does_not_stop_the_feeds()
    {
        host.AllUp();
        var services = host.Services(more: s => s.AddSingleton<IFeedRunLog, BrokenRunLog>());

        var runs = await services.GetRequiredService<FeedIngestion>().IngestAllAsync();

        Assert.Equal(3, runs.Count(r => r.Succeeded));
        Assert.Equal(11, await host.Store.CountAsync());
    }

    [Fact]
    public async Task Disabled_sources_are_not_fetched()
    {
        host.AllUp();

        var runs = await host.Ingestion(o =>
        {
            o.ArxivEnabled = false;
            o.HuggingFaceEnabled = false;
        }).IngestAllAsync();

        Assert.Empty(runs);
        Assert.Empty(host.Server.LogEntries);
    }

    [Fact]
    public async Task Cancelling_ends_the_run_with_an_exception_and_records_nothing_more()
    {
        host.Server.Given(FeedTestHost.Arxiv("cs.LG")).RespondWith(FeedTestHost.Ok("arxiv-cs.LG.atom").WithDelay(TimeSpan.FromSeconds(1)));
        host.ArxivUp("cs.CL");
        host.HuggingFaceUp();
        var services = host.Services();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => services.GetRequiredService<FeedIngestion>().IngestAllAsync(cancel.Token));

        Assert.Empty(await services.GetRequiredService<IFeedRunLog>().LatestPerSourceAsync());
        Assert.Equal(0, host.RequestsTo(FeedTestHost.HuggingFacePath));
    }

    private sealed class BrokenRunLog : IFeedRunLog
    {
        public Task RecordAsync(FeedRun run, CancellationToken cancellationToken = default) => throw new IOException("disk full");

        public Task<IReadOnlyList<FeedRun>> LatestPerSourceAsync(CancellationToken cancellationToken = default) => throw new IOException("disk full");
    }
}
