using PaperBot.Adapters;
using PaperBot.Discord.Fake.Gateway;
using PaperBot.Discord.Gateway;
using PaperBot.TestKit;

namespace PaperBot.Discord.Tests.Gateway;

/// <summary>The real client (real ClientWebSocket) against a fake gateway on 127.0.0.1, with short timings.</summary>
internal sealed class GatewayHarness : IAsyncDisposable
{
    public const string Token = "test-token-do-not-log";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static readonly GatewayTimings FastTimings = new()
    {
        InitialBackoff = TimeSpan.FromMilliseconds(20),
        MaxBackoff = TimeSpan.FromMilliseconds(200),
        InvalidSessionMinDelay = TimeSpan.FromMilliseconds(50),
        InvalidSessionMaxDelay = TimeSpan.FromMilliseconds(100),
        CloseGrace = TimeSpan.FromMilliseconds(500),
        IdentifyConcurrencyWindow = TimeSpan.FromMilliseconds(50),
    };

    private GatewayHarness(FakeDiscordGateway fake, DiscordGatewayClient client, StaticGatewayUrlSource urls, ListLogger logger)
    {
        Fake = fake;
        Client = client;
        Urls = urls;
        Logger = logger;
    }

    public FakeDiscordGateway Fake { get; }

    public DiscordGatewayClient Client { get; }

    public StaticGatewayUrlSource Urls { get; }

    public ListLogger Logger { get; }

    /// <summary>Starts the fake and the client; <paramref name="jitter"/> is every random draw (heartbeat jitter, backoff, delays).</summary>
    public static async Task<GatewayHarness> StartAsync(
        Action<FakeGatewayBehavior>? configure = null,
        double jitter = 0,
        int shards = 1,
        int maxConcurrency = 1,
        bool start = true,
        int dispatchCapacity = 1024)
    {
        var behavior = new FakeGatewayBehavior { HelloIntervalMs = 60_000 };
        configure?.Invoke(behavior);
        var fake = await FakeDiscordGateway.StartAsync(behavior);
        var urls = new StaticGatewayUrlSource(new GatewayBotInfo(
            fake.GatewayUri.ToString(),
            shards,
            new SessionStartLimit(1000, 999, 14_400_000, maxConcurrency)));
        var logger = new ListLogger();
        var client = new DiscordGatewayClient(
            Token,
            urls,
            new DiscordGatewayOptions { Shards = shards, DispatchQueueCapacity = dispatchCapacity },
            TimeProvider.System,
            logger,
            FastTimings,
            () => jitter,
            () => new ClientWebSocketTransport());
        var harness = new GatewayHarness(fake, client, urls, logger);
        if (start)
        {
            await client.StartAsync();
        }

        return harness;
    }

    public Task<FakeGatewayConnection> ConnectionAsync(int index) => Fake.WaitForConnectionAsync(index, Timeout);

    /// <summary>Reads dispatches until one with <paramref name="type"/> arrives; returns all read, in order.</summary>
    public async Task<List<GatewayDispatch>> ReadUntilAsync(string type)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        var read = new List<GatewayDispatch>();
        await foreach (var dispatch in Client.ReadDispatchesAsync(timeout.Token))
        {
            read.Add(dispatch);
            if (dispatch.Type == type)
            {
                return read;
            }
        }

        throw new InvalidOperationException($"Dispatches ended before {type}; got [{string.Join(", ", read.Select(d => d.Type))}]");
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await Client.StopAsync(timeout.Token);
        await Client.DisposeAsync();
        await Fake.DisposeAsync();
        Assert.DoesNotContain(Logger.Lines, line => line.Message.Contains(Token, StringComparison.Ordinal));
    }
}
