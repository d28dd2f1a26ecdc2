using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PaperBot.Core.Feeds;
using PaperBot.Core.Papers;
using PaperBot.Core.Search;
using PaperBot.Ingestion.Feeds;
using PaperBot.TestKit;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace PaperBot.Ingestion.Tests.Feeds;

/// <summary>The feed services as the host wires them, reading from a WireMock server on 127.0.0.1 that stands in for
/// arXiv and Hugging Face, with the recorded responses under Feeds/TestData.</summary>
internal sealed class FeedTestHost : IDisposable
{
    public const string ArxivPath = "/api/query";
    public const string HuggingFacePath = "/api/daily_papers";

    private readonly List<ServiceProvider> providers = [];

    public WireMockServer Server { get; } = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });

    public InMemoryPaperStore Store { get; } = new();

    public RecordingPaperIndex Index { get; } = new();

    public static string Recorded(string file) =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "PaperBot.Ingestion.Tests", "Feeds", "TestData", file));

    public static IResponseBuilder Ok(string file) => Response.Create()
        .WithHeader("Content-Type", file.EndsWith(".json", StringComparison.Ordinal) ? "application/json; charset=utf-8" : "application/atom+xml; charset=utf-8")
        .WithBody(Recorded(file));

    public static IResponseBuilder Status(int code) => Response.Create().WithStatusCode(code);

    public static IRequestBuilder Arxiv(string category) =>
        Request.Create().WithPath(ArxivPath).WithParam("search_query", "cat:" + category).UsingGet();

    public static IRequestBuilder HuggingFace() => Request.Create().WithPath(HuggingFacePath).UsingGet();

    /// <summary>Both sources answer with their recordings: cs.LG, cs.CL and the daily papers.</summary>
    public void AllUp()
    {
        ArxivUp("cs.LG");
        ArxivUp("cs.CL");
        HuggingFaceUp();
    }

    public void ArxivUp(string category) => Server.Given(Arxiv(category)).RespondWith(Ok($"arxiv-{category}.atom"));

    public void HuggingFaceUp() => Server.Given(HuggingFace()).RespondWith(Ok("huggingface-daily_papers.json"));

    public int RequestsTo(string path) => Server.LogEntries.Count(e => e.RequestMessage.Path == path);

    /// <summary>A provider over this host's store, index and server, with an in-memory run log unless <paramref name="more"/>
    /// registers one; the retry backoff is 20 ms and the arXiv pause 10 ms unless <paramref name="feeds"/> says otherwise,
    /// so only Retry-After makes a test wait.</summary>
    public ServiceProvider Services(Action<FeedOptions>? feeds = null, Action<IServiceCollection>? more = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IPaperStore>(Store);
        services.AddSingleton<IPaperIndex>(Index);
        services.AddSingleton(TimeProvider.System);
        more?.Invoke(services);
        services.TryAddSingleton<IFeedRunLog, InMemoryFeedRunLog>();
        services.AddPaperIngestion(http => http.Retry.Delay = TimeSpan.FromMilliseconds(20));
        services.Configure<FeedOptions>(options =>
        {
            options.ArxivBaseUrl = Server.Urls[0] + ArxivPath;
            options.ArxivCategories.Add("cs.LG");
            options.ArxivCategories.Add("cs.CL");
            options.ArxivMaxResults = 5;
            options.ArxivRequestInterval = TimeSpan.FromMilliseconds(10);
            options.HuggingFaceUrl = Server.Urls[0] + HuggingFacePath;
            feeds?.Invoke(options);
        });
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        providers.Add(provider);
        return provider;
    }

    public FeedIngestion Ingestion(Action<FeedOptions>? feeds = null) => Services(feeds).GetRequiredService<FeedIngestion>();

    public void Dispose()
    {
        foreach (var provider in providers)
            provider.Dispose();
        Server.Stop();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
