using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Discord.Rest;
using PaperBot.TestKit;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace PaperBot.Discord.Tests.Rest;

/// <summary>Builds clients against a local server, and drives a FakeTimeProvider while a call waits.</summary>
internal static class RestTestKit
{
    public const string Token = "test-bot-token-SECRET";

    /// <summary>How long a call that should go through may take, so a broken limiter fails a test instead of hanging it.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public static DiscordRestClient Client(string baseUrl, TimeProvider? time = null, Action<DiscordRestOptions>? configure = null,
        Microsoft.Extensions.Logging.ILogger<DiscordRestClient>? logger = null, TimeSpan? httpTimeout = null)
    {
        var options = new DiscordRestOptions
        {
            BaseUrl = baseUrl,
            Token = Token,
            BotVersion = "1.2.3",
            TransientBackoff = TimeSpan.FromMilliseconds(1),
        };
        configure?.Invoke(options);
        return new DiscordRestClient(new HttpClient { Timeout = httpTimeout ?? TimeSpan.FromSeconds(10) }, options, time ?? TimeProvider.System,
            logger ?? NullLogger<DiscordRestClient>.Instance);
    }

    public static FakeTimeProvider FakeTime() => new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public static WireMockServer StartWireMock() =>
        WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });

    public static string BaseUrl(this WireMockServer server) => server.Url + "/api/v10";

    public static IRequestBuilder Api(string path) => Request.Create().WithPath("/api/v10" + path);

    public static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    public static int RequestsTo(this WireMockServer server, string method, string path) =>
        server.LogEntries.Count(e => e.RequestMessage.Path == "/api/v10" + path && e.RequestMessage.Method == method);

    public static string TestData(string file) =>
        File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "PaperBot.Discord.Tests", "TestData", file));

    /// <summary>Polls (real time) until <paramref name="condition"/> holds; fails the test after 5 s.</summary>
    public static async Task EventuallyAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500; i++)
        {
            if (condition())
                return;
            await Task.Delay(10);
        }
        Assert.Fail("condition not reached within 5 s");
    }

    /// <summary>Gives a call that should be waiting a moment of real time, and checks that it still is.</summary>
    public static async Task AssertStillWaitingAsync(Task call)
    {
        await Task.Delay(150);
        Assert.False(call.IsCompleted, "the call should still wait for the rate limit");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
