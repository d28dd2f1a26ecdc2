using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using PaperBot.Adapters;
using PaperBot.Core.Monitoring;
using PaperBot.Core.Users;

namespace PaperBot.Discord.Gateway;

/// <summary>
/// PaperBot's Discord Gateway client: keeps the configured shards connected (Identify, heartbeat, Resume,
/// reconnect) and hands every dispatch (op 0) to <see cref="Dispatches"/> in the order received per shard.
/// </summary>
public sealed class DiscordGatewayClient : IAsyncDisposable
{
    private readonly IGatewayUrlSource urlSource;
    private readonly Func<IWebSocketTransport> transportFactory;
    private readonly IPlatformConnections? connections;
    private readonly Channel<GatewayDispatch> channel;
    private readonly TaskCompletionSource<GatewayReady> ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stop = new();
    private readonly SemaphoreSlim infoLock = new(1, 1);
    private GatewayShard[] shards = [];
    private Task run = Task.CompletedTask;
    private Task stopSignal = Task.CompletedTask;
    private GatewayBotInfo? info;
    private DateTimeOffset infoFetchedAt;
    private volatile GatewayStatus? failure;
    private volatile GatewayReady? readyInfo;
    private int started;
    private int stopRequested;

    public DiscordGatewayClient(
        string token,
        IGatewayUrlSource urlSource,
        DiscordGatewayOptions options,
        TimeProvider timeProvider,
        ILogger<DiscordGatewayClient> logger,
        IPlatformConnections? connections = null)
        : this(token, urlSource, options, timeProvider, logger, GatewayTimings.Default, ReconnectBackoff.SystemRandom, () => new ClientWebSocketTransport(), connections)
    {
    }

    internal DiscordGatewayClient(
        string token,
        IGatewayUrlSource urlSource,
        DiscordGatewayOptions options,
        TimeProvider timeProvider,
        ILogger logger,
        GatewayTimings timings,
        Func<double> random,
        Func<IWebSocketTransport> transportFactory,
        IPlatformConnections? connections = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Shards, 1);
        Token = token;
        this.urlSource = urlSource;
        Options = options;
        Time = timeProvider;
        Logger = logger;
        Timings = timings;
        Random = random;
        this.transportFactory = transportFactory;
        this.connections = connections;
        IdentifyGate = new IdentifyGate(timeProvider, logger, timings.IdentifyConcurrencyWindow);
        channel = Channel.CreateBounded<GatewayDispatch>(new BoundedChannelOptions(options.DispatchQueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });
    }

    /// <summary>Every dispatch from every shard; completes after <see cref="StopAsync"/> or a fatal close.</summary>
    public ChannelReader<GatewayDispatch> Dispatches => channel.Reader;

    /// <summary>The bot's own user id from READY (null before it), for dropping our own reactions.</summary>
    public string? BotUserId => readyInfo?.BotUserId;

    public string? ApplicationId => readyInfo?.ApplicationId;

    /// <summary>Connected when every shard is; otherwise the first shard's reason (Failed wins).</summary>
    public GatewayStatus Status
    {
        get
        {
            if (failure is { } failed)
            {
                return failed;
            }

            var all = shards;
            if (all.Length == 0)
            {
                return new GatewayStatus(GatewayConnectionState.NotStarted, "not started");
            }

            var notConnected = all.FirstOrDefault(s => !s.Status.IsConnected);
            if (notConnected is null)
            {
                return all[0].Status;
            }

            var status = notConnected.Status;
            return all.Length == 1 ? status : status with { Reason = $"shard {notConnected.Id}: {status.Reason}" };
        }
    }

    /// <summary>Completes when all shards have stopped, after <see cref="StopAsync"/> or a fatal close.</summary>
    public Task Completion => run;

    internal string Token { get; }

    internal DiscordGatewayOptions Options { get; }

    internal TimeProvider Time { get; }

    internal ILogger Logger { get; }

    internal GatewayTimings Timings { get; }

    internal Func<double> Random { get; }

    internal IdentifyGate IdentifyGate { get; }

    internal ChannelWriter<GatewayDispatch> DispatchWriter => channel.Writer;

    public IAsyncEnumerable<GatewayDispatch> ReadDispatchesAsync(CancellationToken cancellationToken = default) =>
        channel.Reader.ReadAllAsync(cancellationToken);

    /// <summary>The first READY; throws <see cref="GatewayFatalCloseException"/> if Discord refused us first.</summary>
    public Task<GatewayReady> WaitForReadyAsync(CancellationToken cancellationToken = default) =>
        ready.Task.WaitAsync(cancellationToken);

    /// <summary>Starts the shards in the background and returns at once.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Interlocked.Exchange(ref started, 1) != 0)
        {
            throw new InvalidOperationException("The gateway client was already started.");
        }

        shards = [.. Enumerable.Range(0, Options.Shards).Select(id => new GatewayShard(id, this))];
        run = RunAsync();
        return Task.CompletedTask;
    }

    /// <summary>Closes every shard and waits for the background loops to end.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        await StopShardsAsync();
        await run.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        stop.Dispose();
        infoLock.Dispose();
    }

    internal IWebSocketTransport CreateTransport() => transportFactory();

    /// <summary>/gateway/bot, refetched when older than the configured age (Discord: do not cache it for long).</summary>
    internal async Task<GatewayBotInfo> GetGatewayInfoAsync(CancellationToken cancellationToken = default)
    {
        await infoLock.WaitAsync(cancellationToken);
        try
        {
            if (info is null || Time.GetUtcNow() - infoFetchedAt > Timings.GatewayInfoMaxAge)
            {
                var fetched = await urlSource.GetGatewayBotAsync(cancellationToken);
                if (info is null && fetched.Shards > Options.Shards)
                {
                    Logger.LogWarning("Discord recommends {Recommended} shards; running the configured {Configured}", fetched.Shards, Options.Shards);
                }

                info = fetched;
                infoFetchedAt = Time.GetUtcNow();
                IdentifyGate.Update(fetched.SessionStartLimit);
            }

            return info;
        }
        finally
        {
            infoLock.Release();
        }
    }

    /// <summary>A shard's state changed: the whole client's, as <see cref="Status"/> sums it up, goes to the connection report.</summary>
    internal void OnShardStatusChanged()
    {
        var status = Status;
        connections?.Report(Platforms.Discord, status.State switch
        {
            GatewayConnectionState.Connected => ConnectionState.Connected,
            GatewayConnectionState.Reconnecting => ConnectionState.Reconnecting,
            GatewayConnectionState.Stopped => ConnectionState.Stopped,
            GatewayConnectionState.Failed => ConnectionState.Failed,
            _ => ConnectionState.Connecting,
        }, status.Reason);
    }

    internal void OnReady(GatewayReadyPayload payload)
    {
        var value = new GatewayReady(payload.UserId, payload.ApplicationId);
        readyInfo = value;
        ready.TrySetResult(value);
    }

    internal void OnFatal(GatewayShard shard, ConnectionOutcome outcome)
    {
        var status = new GatewayStatus(GatewayConnectionState.Failed, outcome.Reason, outcome.CloseCode);
        if (failure is not null)
        {
            return;
        }

        failure = status;
        Logger.LogCritical("Discord gateway stopped on shard {Shard}, not reconnecting: {Reason}", shard.Id, outcome.Reason);
        ready.TrySetException(new GatewayFatalCloseException(outcome.CloseCode ?? 0, outcome.Reason));
        _ = ready.Task.Exception; // marks it observed: nobody need be waiting for READY
        stopSignal = StopShardsAsync(); // awaited by RunAsync

    }

    private async Task RunAsync()
    {
        try
        {
            await Task.WhenAll(shards.Select(shard => Task.Run(() => shard.RunAsync(stop.Token))));
            await stopSignal;
        }
        finally
        {
            channel.Writer.TryComplete();
            ready.TrySetCanceled();
        }
    }

    private async Task StopShardsAsync()
    {
        if (Interlocked.Exchange(ref stopRequested, 1) != 0)
        {
            return;
        }

        await stop.CancelAsync();

        // 1000 ends the session. Sessions live only in memory, so no later process could resume them; ending them
        // takes the bot offline at once instead of leaving a ghost session for minutes.
        await Task.WhenAll(shards.Select(shard => shard.RequestStopAsync(GatewayCloseCodes.Normal)));
    }
}
