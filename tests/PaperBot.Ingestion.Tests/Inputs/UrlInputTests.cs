using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Http.Resilience;
using PaperBot.TestKit;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace PaperBot.Ingestion.Tests.Inputs;

/// <summary>Inputs fetched over HTTP from a local WireMock server, through the resilience pipeline the host gets.</summary>
public sealed class UrlInputTests : IDisposable
{
    private const string PagePath = "/seeds/001_834c3f3e11be93c9.txt";

    private readonly WireMockServer server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });
    private readonly InMemoryPaperStore store = new();
    private readonly RecordingPaperIndex index = new();
    private readonly string page = File.ReadAllText(Path.Combine(RepoPaths.Seeds, "001_834c3f3e11be93c9.txt"));

    private string PageUrl => server.Urls[0] + PagePath;

    public void Dispose() => server.Stop();

    [Fact]
    public async Task A_page_at_a_url_is_ingested_and_named_by_its_file_name()
    {
        server.Given(Request.Create().WithPath(PagePath).UsingGet()).RespondWith(Response.Create().WithBody(page));
        using var ingestion = Ingestion();

        var summary = await ingestion.Ingestor.IngestAsync([PageUrl]);

        Assert.Equal(80, summary.New);
        Assert.Equal(PageUrl, Assert.Single(summary.Inputs).Origin);
        Assert.Equal(["001_834c3f3e11be93c9.txt"], (await store.FindManyAsync([Core.Papers.PaperId.FromTitle("MagicPose4D: Crafting Articulated Models with Appearance and Motion Control")]))[0].Sources);
    }

    [Fact]
    public async Task A_503_is_retried_until_the_page_comes()
    {
        server.Given(Request.Create().WithPath(PagePath).UsingGet()).InScenario("flaky").WillSetStateTo("up")
            .RespondWith(Response.Create().WithStatusCode(503));
        server.Given(Request.Create().WithPath(PagePath).UsingGet()).InScenario("flaky").WhenStateIs("up")
            .RespondWith(Response.Create().WithBody(page));
        using var ingestion = Ingestion();

        var summary = await ingestion.Ingestor.IngestAsync([PageUrl]);

        Assert.Equal(80, summary.New);
        Assert.Empty(summary.Problems);
        Assert.Equal(2, server.LogEntries.Count);
    }

    [Fact]
    public async Task A_429_waits_as_long_as_Retry_After_says()
    {
        server.Given(Request.Create().WithPath(PagePath).UsingGet()).InScenario("limited").WillSetStateTo("allowed")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));
        server.Given(Request.Create().WithPath(PagePath).UsingGet()).InScenario("limited").WhenStateIs("allowed")
            .RespondWith(Response.Create().WithBody(page));
        using var ingestion = Ingestion();
        var clock = Stopwatch.StartNew();

        var summary = await ingestion.Ingestor.IngestAsync([PageUrl]);

        Assert.Equal(80, summary.New);
        Assert.Equal(2, server.LogEntries.Count);
        // The backoff here is 20 ms, so a wait of about a second can only come from the header.
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_server_that_keeps_failing_is_a_problem_after_a_few_attempts_and_the_other_inputs_go_in()
    {
        server.Given(Request.Create().WithPath("/down").UsingGet()).RespondWith(Response.Create().WithStatusCode(503));
        server.Given(Request.Create().WithPath(PagePath).UsingGet()).RespondWith(Response.Create().WithBody(page));
        using var ingestion = Ingestion();

        var summary = await ingestion.Ingestor.IngestAsync([server.Urls[0] + "/down", PageUrl]);

        Assert.Equal(80, summary.New);
        var problem = Assert.Single(summary.Problems);
        Assert.Equal(server.Urls[0] + "/down", problem.Origin);
        Assert.StartsWith("HTTP 503", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(4, server.LogEntries.Count(e => e.RequestMessage.Path == "/down"));
    }

    [Fact]
    public async Task A_404_is_not_retried()
    {
        server.Given(Request.Create().WithPath("/gone").UsingGet()).RespondWith(Response.Create().WithStatusCode(404));
        using var ingestion = Ingestion();

        var summary = await ingestion.Ingestor.IngestAsync([server.Urls[0] + "/gone"]);

        Assert.True(summary.NothingRead);
        Assert.StartsWith("HTTP 404", Assert.Single(summary.Problems).Reason, StringComparison.Ordinal);
        Assert.Single(server.LogEntries);
    }

    [Fact]
    public async Task A_server_too_slow_to_answer_is_a_problem_not_a_hang()
    {
        server.Given(Request.Create().WithPath("/slow").UsingGet()).RespondWith(Response.Create().WithBody(page).WithDelay(TimeSpan.FromSeconds(2)));
        using var ingestion = Ingestion(http =>
        {
            http.AttemptTimeout.Timeout = TimeSpan.FromMilliseconds(200);
            http.TotalRequestTimeout.Timeout = TimeSpan.FromMilliseconds(600);
        });

        var summary = await ingestion.Ingestor.IngestAsync([server.Urls[0] + "/slow"]);

        // Without the timeouts the page would have arrived after two seconds and been ingested.
        Assert.True(summary.NothingRead);
        Assert.StartsWith("could not fetch", Assert.Single(summary.Problems).Reason, StringComparison.Ordinal);
    }

    private TestIngestion Ingestion(Action<HttpStandardResilienceOptions>? http = null) =>
        new(store, index, http: options =>
        {
            options.Retry.Delay = TimeSpan.FromMilliseconds(20);
            http?.Invoke(options);
        });

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
