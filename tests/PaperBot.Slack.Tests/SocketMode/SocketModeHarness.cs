using System.Text.Json.Nodes;
using PaperBot.Adapters;
using PaperBot.Slack.Fake;
using PaperBot.Slack.SocketMode;
using PaperBot.TestKit;

namespace PaperBot.Slack.Tests.SocketMode;

/// <summary>The real client (real ClientWebSocket, real HttpClient) against the fake on 127.0.0.1, with short timings.</summary>
internal sealed class SocketModeHarness : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient http = new();

    private SocketModeHarness(FakeSlack fake, SlackSocketModeOptions options, string appToken)
    {
        Fake = fake;
        Client = new SlackSocketModeClient(
            new AppsConnectionsOpen(appToken, http, options, TimeProvider.System),
            options,
            TimeProvider.System,
            Logger,
            () => 1,
            () => new ClientWebSocketTransport(options.KeepAliveInterval, options.KeepAliveTimeout));
        AppToken = appToken;
    }

    public FakeSlack Fake { get; }

    public SlackSocketModeClient Client { get; }

    public ListLogger Logger { get; } = new();

    public string AppToken { get; }

    public static async Task<SocketModeHarness> StartAsync(
        Action<FakeSlackOptions>? fake = null,
        Func<SlackSocketModeOptions, SlackSocketModeOptions>? options = null,
        string? appToken = null,
        bool start = true)
    {
        var fakeOptions = new FakeSlackOptions();
        fake?.Invoke(fakeOptions);
        var slack = await FakeSlack.StartAsync(fakeOptions);
        var clientOptions = new SlackSocketModeOptions
        {
            WebApiBaseUrl = slack.ApiBaseUrl,
            InitialBackoff = TimeSpan.FromMilliseconds(20),
            MaxBackoff = TimeSpan.FromMilliseconds(200),
            CloseGrace = TimeSpan.FromMilliseconds(500),
            AutoAckAfter = TimeSpan.FromMilliseconds(500),
            HelloTimeout = TimeSpan.FromSeconds(5),
        };
        clientOptions = options?.Invoke(clientOptions) ?? clientOptions;
        var harness = new SocketModeHarness(slack, clientOptions, appToken ?? fakeOptions.AppToken);
        if (start)
        {
            await harness.Client.StartAsync();
        }

        return harness;
    }

    public Task<FakeSocket> SocketAsync(int index) => Fake.WaitForSocketAsync(index, Timeout);

    public async Task<FakeSocket> ConnectedAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await Client.WaitForConnectedAsync(timeout.Token);
        return await SocketAsync(0);
    }

    public async Task<SlackEnvelope> NextEnvelopeAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        return await Client.Envelopes.ReadAsync(timeout.Token);
    }

    /// <summary>Nothing more is delivered within <paramref name="wait"/>.</summary>
    public async Task AssertNoEnvelopeAsync(TimeSpan wait)
    {
        using var timeout = new CancellationTokenSource(wait);
        try
        {
            var extra = await Client.Envelopes.ReadAsync(timeout.Token);
            Assert.Fail($"unexpected envelope {extra.EnvelopeId}");
        }
        catch (OperationCanceledException)
        {
        }
    }

    public static JsonObject EventPayload(string eventId, string type = "reaction_added") => new()
    {
        ["type"] = "event_callback",
        ["team_id"] = "T0FAKE",
        ["event_id"] = eventId,
        ["event"] = new JsonObject { ["type"] = type, ["user"] = "U1", ["reaction"] = "+1", ["item"] = new JsonObject { ["type"] = "message", ["channel"] = "C1", ["ts"] = "1.2" } },
    };

    public async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var until = TimeProvider.System.GetUtcNow() + Timeout;
        while (!condition())
        {
            if (TimeProvider.System.GetUtcNow() > until)
            {
                Assert.Fail($"timed out waiting for {what}; status {Client.Status}");
            }

            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await Client.StopAsync(timeout.Token);
        await Client.DisposeAsync();
        await Fake.DisposeAsync();
        http.Dispose();
        Assert.DoesNotContain(Logger.Lines, line => line.Message.Contains(AppToken, StringComparison.Ordinal));
    }
}
