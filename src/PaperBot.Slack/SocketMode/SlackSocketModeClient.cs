using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using PaperBot.Adapters;
using PaperBot.Core.Monitoring;
using PaperBot.Core.Users;
using PaperBot.Slack.WebApi;

namespace PaperBot.Slack.SocketMode;

/// <summary>
/// PaperBot's Slack Socket Mode client: keeps one socket up (apps.connections.open, hello, seamless refresh,
/// reconnect with backoff), acks every envelope on its own socket before anyone works on it, drops duplicates,
/// and hands envelopes to <see cref="Envelopes"/>.
/// </summary>
public sealed class SlackSocketModeClient : IAsyncDisposable
{
    // Errors that no retry can fix: the app-level token is wrong, revoked or lacks connections:write.
    private static readonly HashSet<string> FatalOpenErrors = new(StringComparer.Ordinal)
    {
        "invalid_auth", "not_authed", "not_allowed_token_type", "token_revoked", "account_inactive", "missing_scope", "token_expired",
    };

    private readonly ISocketModeUrlSource urls;
    private readonly Func<IWebSocketTransport> transportFactory;
    private readonly Func<double> random;
    private readonly IPlatformConnections? connections;
    private readonly Channel<SlackEnvelope> channel;
    private readonly RecentIds seenEnvelopes;
    private readonly RecentIds seenEvents;
    private readonly TaskCompletionSource connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource stopSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource stop = new();
    private Task run = Task.CompletedTask;
    private volatile SocketModeStatus status = new(SocketModeState.NotStarted, "not started");
    private int started;
    private int connectionCount;

    /// <param name="connections">Where the connection's state is reported; none outside the bot.</param>
    public SlackSocketModeClient(string appToken, HttpClient httpClient, SlackSocketModeOptions options, TimeProvider timeProvider, ILogger<SlackSocketModeClient> logger,
        IPlatformConnections? connections = null)
        : this(
            new AppsConnectionsOpen(appToken, httpClient, options, timeProvider),
            options,
            timeProvider,
            logger,
            ReconnectBackoff.SystemRandom,
            () => new ClientWebSocketTransport(options.KeepAliveInterval, options.KeepAliveTimeout),
            connections)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appToken);
    }

    internal SlackSocketModeClient(
        ISocketModeUrlSource urls,
        SlackSocketModeOptions options,
        TimeProvider timeProvider,
        ILogger logger,
        Func<double> random,
        Func<IWebSocketTransport> transportFactory,
        IPlatformConnections? connections = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.EnvelopeQueueCapacity, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(options.AutoAckAfter, TimeSpan.FromSeconds(3)); // Slack's ack deadline
        this.urls = urls;
        Options = options;
        Time = timeProvider;
        Logger = logger;
        this.random = random;
        this.transportFactory = transportFactory;
        this.connections = connections;
        seenEnvelopes = new RecentIds(options.DedupeCapacity, options.DedupeWindow, timeProvider);
        seenEvents = new RecentIds(options.DedupeCapacity, options.DedupeWindow, timeProvider);
        channel = Channel.CreateBounded<SlackEnvelope>(new BoundedChannelOptions(options.EnvelopeQueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });
    }

    /// <summary>Every new envelope, already acked unless it accepts a response payload; completes after stop or a fatal error.</summary>
    public ChannelReader<SlackEnvelope> Envelopes => channel.Reader;

    public SocketModeStatus Status => status;

    /// <summary>Completes when the client has stopped, after <see cref="StopAsync"/> or a fatal error.</summary>
    public Task Completion => run;

    internal SlackSocketModeOptions Options { get; }

    internal TimeProvider Time { get; }

    internal ILogger Logger { get; }

    public IAsyncEnumerable<SlackEnvelope> ReadEnvelopesAsync(CancellationToken cancellationToken = default) =>
        channel.Reader.ReadAllAsync(cancellationToken);

    /// <summary>Waits for the first hello; throws <see cref="InvalidOperationException"/> if the client failed first.</summary>
    public Task WaitForConnectedAsync(CancellationToken cancellationToken = default) => connected.Task.WaitAsync(cancellationToken);

    /// <summary>Starts connecting in the background and returns at once.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Interlocked.Exchange(ref started, 1) != 0)
        {
            throw new InvalidOperationException("The Socket Mode client was already started.");
        }

        run = Task.Run(() => RunAsync(stop.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Closes the socket(s) and waits for the background loop to end.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (!stop.IsCancellationRequested)
        {
            await stop.CancelAsync();
        }

        stopSignal.TrySetResult();
        await run.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        stop.Dispose();
    }

    internal IWebSocketTransport CreateTransport() => transportFactory();

    /// <summary>Ack first (unless the consumer may answer), drop duplicates, then queue for the consumer.</summary>
    internal async Task OnEnvelopeAsync(SocketModeConnection connection, SlackEnvelope envelope, CancellationToken cancellationToken)
    {
        envelope = envelope with { Ack = EnvelopeAck.OnSocket(envelope.EnvelopeId, connection.SendAckAsync) };

        // Both sets must record the ids, so no short-circuit.
        var newEnvelope = seenEnvelopes.TryAdd(envelope.EnvelopeId);
        var newEvent = envelope.EventId is not { } eventId || seenEvents.TryAdd(eventId);
        var defer = envelope.AcceptsResponsePayload && newEnvelope && newEvent;
        if (!defer)
        {
            // Slack's 3 s deadline: the ack goes out before anything else happens, duplicates included (so Slack stops retrying).
            await envelope.AckAsync(null, cancellationToken);
        }

        if (!newEnvelope || !newEvent)
        {
            Logger.LogDebug("Slack: dropped duplicate envelope {EnvelopeId} (event {EventId}, retry {Retry})", envelope.EnvelopeId, envelope.EventId, envelope.RetryAttempt);
            return;
        }

        if (defer)
        {
            _ = AutoAckAsync(envelope);
        }

        await channel.Writer.WriteAsync(envelope, cancellationToken);
    }

    private async Task AutoAckAsync(SlackEnvelope envelope)
    {
        try
        {
            await Task.Delay(Options.AutoAckAfter, Time);
            if (await envelope.AckAsync())
            {
                Logger.LogDebug("Slack: envelope {EnvelopeId} acked empty; the consumer did not answer in time", envelope.EnvelopeId);
            }
        }
        catch (Exception ex)
        {
            Logger.LogDebug("Slack: auto-ack of {EnvelopeId} failed ({Message})", envelope.EnvelopeId, ex.Message);
        }
    }

    private async Task RunAsync(CancellationToken stopToken)
    {
        var backoff = new ReconnectBackoff(Options.InitialBackoff, Options.MaxBackoff, random);
        SocketModeConnection? live = null;
        var delay = TimeSpan.Zero;
        try
        {
            while (!stopToken.IsCancellationRequested)
            {
                // Reconnecting keeps its reason: why the last socket ended says more than "connecting".
                if (live is not null)
                {
                    SetStatus(SocketModeState.Connected, "refreshing");
                }
                else if (status.State == SocketModeState.NotStarted)
                {
                    SetStatus(SocketModeState.Connecting, "connecting");
                }

                var next = await ConnectAsync(backoff, delay, live, stopToken);
                if (next is null)
                {
                    break;
                }

                if (live is not null)
                {
                    // The new socket said hello; only now let the old one go (it was read all along).
                    await RetireAsync(live, "refreshed");
                }

                live = next;
                backoff.Reset();
                SetStatus(SocketModeState.Connected, "connected");
                connected.TrySetResult();

                await Task.WhenAny(live.Ended, live.RefreshRequested, stopSignal.Task);
                if (stopToken.IsCancellationRequested)
                {
                    break;
                }

                if (!live.Ended.IsCompleted)
                {
                    Logger.LogInformation("Slack socket {Id}: disconnect {Reason}; opening the next socket before closing this one", live.Id, await live.RefreshRequested);
                    delay = TimeSpan.Zero;
                    continue;
                }

                var outcome = await live.Ended;
                await live.DisposeAsync();
                live = null;
                if (outcome.Kind == SocketModeOutcomeKind.Fatal)
                {
                    Fail(outcome.Reason);
                    break;
                }

                delay = backoff.Next();
                SetStatus(SocketModeState.Reconnecting, outcome.Reason);
                Logger.LogWarning("Slack Socket Mode: {Reason}; reconnecting in {Delay:0.0} s", outcome.Reason, delay.TotalSeconds);
            }
        }
        catch (Exception ex)
        {
            Logger.LogError(ex, "Slack Socket Mode: unexpected error; stopping");
            Fail($"unexpected error: {ex.Message}");
        }
        finally
        {
            if (live is not null)
            {
                await RetireAsync(live, "stopping");
            }

            if (status.State != SocketModeState.Failed)
            {
                SetStatus(SocketModeState.Stopped, "stopped");
            }

            connected.TrySetException(new InvalidOperationException($"Slack Socket Mode did not connect: {status.Reason}"));
            _ = connected.Task.Exception;
            channel.Writer.TryComplete();
        }
    }

    /// <summary>Opens sockets until one says hello; null when stopped or refused for good.</summary>
    private async Task<SocketModeConnection?> ConnectAsync(ReconnectBackoff backoff, TimeSpan delay, SocketModeConnection? live, CancellationToken stopToken)
    {
        while (true)
        {
            // During a refresh the old socket may be told link_disabled; that ends the refresh too.
            if (live is not null && live.Ended.IsCompletedSuccessfully && await live.Ended is { Kind: SocketModeOutcomeKind.Fatal } fatal)
            {
                Fail(fatal.Reason);
                return null;
            }

            try
            {
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, Time, stopToken);
                }

                var uri = await urls.OpenAsync(stopToken);
                var connection = new SocketModeConnection(Interlocked.Increment(ref connectionCount), this);
                try
                {
                    await connection.StartAsync(uri, stopToken);
                    await Task.WhenAny(connection.Hello, connection.Ended).WaitAsync(Options.HelloTimeout, Time, stopToken);
                    if (connection.Hello.IsCompletedSuccessfully)
                    {
                        Logger.LogInformation("Slack socket {Id} connected", connection.Id);
                        return connection;
                    }

                    var outcome = await connection.Ended;
                    if (outcome.Kind == SocketModeOutcomeKind.Fatal)
                    {
                        await connection.DisposeAsync();
                        Fail(outcome.Reason);
                        return null;
                    }

                    throw new InvalidOperationException($"socket ended before hello: {outcome.Reason}");
                }
                catch
                {
                    await connection.DisposeAsync();
                    throw;
                }
            }
            catch (OperationCanceledException) when (stopToken.IsCancellationRequested)
            {
                return null;
            }
            catch (SlackApiException ex) when (FatalOpenErrors.Contains(ex.Error))
            {
                Fail($"apps.connections.open: {ex.Error} (check the app-level token: xapp-… with connections:write)");
                return null;
            }
            catch (Exception ex)
            {
                var reason = ex switch
                {
                    SlackApiException api => $"apps.connections.open failed: {api.Error}",
                    TimeoutException => "no hello in time",
                    _ => $"could not connect: {ex.Message}",
                };
                delay = ex is SlackApiException { RetryAfter: { } retryAfter } ? Max(retryAfter, backoff.Next()) : backoff.Next();
                SetStatus(status.State == SocketModeState.Connected ? SocketModeState.Connected : SocketModeState.Reconnecting, reason);
                Logger.LogWarning("Slack Socket Mode: {Reason}; retrying in {Delay:0.0} s", reason, delay.TotalSeconds);
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private async Task RetireAsync(SocketModeConnection connection, string reason)
    {
        try
        {
            await connection.CloseAsync(reason);
            await connection.DisposeAsync();
        }
        catch (Exception ex)
        {
            Logger.LogDebug("Slack socket {Id}: close failed ({Message})", connection.Id, ex.Message);
        }
    }

    private void Fail(string reason)
    {
        SetStatus(SocketModeState.Failed, reason);
        Logger.LogCritical("Slack Socket Mode stopped, not reconnecting: {Reason}", reason);
    }

    private void SetStatus(SocketModeState state, string reason)
    {
        status = new SocketModeStatus(state, reason);
        connections?.Report(Platforms.Slack, state switch
        {
            SocketModeState.Connected => ConnectionState.Connected,
            SocketModeState.Reconnecting => ConnectionState.Reconnecting,
            SocketModeState.Stopped => ConnectionState.Stopped,
            SocketModeState.Failed => ConnectionState.Failed,
            _ => ConnectionState.Connecting,
        }, reason);
    }
}
