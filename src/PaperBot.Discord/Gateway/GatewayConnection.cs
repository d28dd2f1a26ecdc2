using System.Text.Json;
using Microsoft.Extensions.Logging;
using PaperBot.Adapters;

namespace PaperBot.Discord.Gateway;

/// <summary>
/// One socket of one shard: receives and handles frames, runs the heartbeat, and reports why it ended.
/// The shard decides what to do next.
/// </summary>
internal sealed class GatewayConnection : IAsyncDisposable
{
    private readonly GatewayShard shard;
    private readonly DiscordGatewayClient client;
    private readonly IWebSocketTransport transport;
    private readonly GatewaySendLimiter limiter;
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly CancellationTokenSource lifetime;
    private readonly TaskCompletionSource<ConnectionOutcome> ending = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task heartbeat = Task.CompletedTask;
    private volatile bool ackSinceLastBeat;
    private volatile bool connected;
    private bool helloSeen;
    private bool identified;

    public GatewayConnection(GatewayShard shard, DiscordGatewayClient client)
    {
        this.shard = shard;
        this.client = client;
        transport = client.CreateTransport();
        limiter = new GatewaySendLimiter(client.Time);
        lifetime = new CancellationTokenSource(Timeout.InfiniteTimeSpan, client.Time);
    }

    /// <summary>Set once READY or RESUMED arrived: the connection was healthy, so backoff starts over.</summary>
    public bool ReachedReady { get; private set; }

    private ILogger Logger => client.Logger;

    public async Task<ConnectionOutcome> RunAsync(Uri uri, CancellationToken stopToken)
    {
        try
        {
            using var connectCancel = CancellationTokenSource.CreateLinkedTokenSource(stopToken, lifetime.Token);
            await transport.ConnectAsync(uri, connectCancel.Token);
            connected = true;
        }
        catch (Exception ex)
        {
            if (ending.Task.IsCompleted)
            {
                return await ending.Task;
            }

            return stopToken.IsCancellationRequested
                ? ConnectionOutcome.Stopped("stopped")
                : ConnectionOutcome.Reconnect($"could not connect: {ex.Message}");
        }

        try
        {
            return await ReceiveLoopAsync();
        }
        finally
        {
            await lifetime.CancelAsync();
            await heartbeat;
        }
    }

    /// <summary>Ends the connection with our close frame; the first caller's outcome wins.</summary>
    public async Task EndAsync(ConnectionOutcome outcome, int closeCode, string closeReason)
    {
        if (!ending.TrySetResult(outcome))
        {
            return;
        }

        try
        {
            await CloseAsync(closeCode, closeReason);
        }
        catch (ObjectDisposedException)
        {
            // A stop raced with the connection ending on its own; it is closed already.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await transport.DisposeAsync();
        lifetime.Dispose();
        sendLock.Dispose();
    }

    private async Task CloseAsync(int closeCode, string closeReason)
    {
        if (!connected)
        {
            await lifetime.CancelAsync();
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(client.Timings.CloseGrace, client.Time);
            await sendLock.WaitAsync(timeout.Token);
            try
            {
                await transport.CloseAsync(closeCode, closeReason, timeout.Token);
            }
            finally
            {
                sendLock.Release();
            }

            // Keep receiving so the peer's answering close frame is read, but not for ever.
            lifetime.CancelAfter(client.Timings.CloseGrace);
        }
        catch (Exception ex) when (ex is not ObjectDisposedException)
        {
            Logger.LogDebug("Gateway shard {Shard}: close frame not sent ({Message})", shard.Id, ex.Message);
            await lifetime.CancelAsync();
        }
    }

    private async Task<ConnectionOutcome> ReceiveLoopAsync()
    {
        try
        {
            while (true)
            {
                var payload = await transport.ReceiveAsync(lifetime.Token);
                if (payload is not { } bytes)
                {
                    return ending.Task.IsCompleted
                        ? await ending.Task
                        : GatewayCloseCodes.Classify(transport.CloseCode, transport.CloseReason);
                }

                GatewayFrame frame;
                try
                {
                    frame = GatewayFrame.Parse(bytes);
                }
                catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
                {
                    Logger.LogWarning("Gateway shard {Shard}: ignored a frame that is not a gateway payload ({Message})", shard.Id, ex.Message);
                    continue;
                }

                await HandleAsync(frame);
            }
        }
        catch (Exception) when (ending.Task.IsCompleted)
        {
            // We ended it (close timed out or cancelled); our reason stands.
            return await ending.Task;
        }
        catch (Exception ex)
        {
            return ConnectionOutcome.Reconnect($"connection lost: {ex.Message}");
        }
    }

    private async Task HandleAsync(GatewayFrame frame)
    {
        switch (frame.Op)
        {
            case GatewayOpCode.Dispatch:
                await HandleDispatchAsync(frame);
                break;
            case GatewayOpCode.Heartbeat:
                // Discord asks for a beat now; it does not replace our own schedule.
                await SendAsync(GatewayPayloads.Heartbeat(shard.Session.Sequence), heartbeat: true, lifetime.Token);
                break;
            case GatewayOpCode.Reconnect:
                await EndAsync(ConnectionOutcome.Resume("Discord asked us to reconnect (op 7)"), GatewayCloseCodes.Reconnecting, "reconnecting");
                break;
            case GatewayOpCode.InvalidSession:
                var outcome = frame.Resumable && shard.Session.CanResume
                    ? ConnectionOutcome.Resume("invalid session (op 9), resumable")
                    : ConnectionOutcome.NewSession("invalid session (op 9)", delayIdentify: true);
                await EndAsync(outcome, GatewayCloseCodes.Reconnecting, "reconnecting");
                break;
            case GatewayOpCode.Hello when !helloSeen:
                helloSeen = true;
                heartbeat = HeartbeatLoopAsync(frame.HeartbeatInterval, lifetime.Token);
                await IdentifyOrResumeAsync();
                break;
            case GatewayOpCode.HeartbeatAck:
                ackSinceLastBeat = true;
                break;
            default:
                Logger.LogDebug("Gateway shard {Shard}: ignored op {Op}", shard.Id, frame.Op);
                break;
        }
    }

    private async Task HandleDispatchAsync(GatewayFrame frame)
    {
        if (frame.Sequence is { } sequence)
        {
            shard.Session.ObserveSequence(sequence);
        }

        var type = frame.Type ?? "";
        if (type == "READY")
        {
            GatewayReadyPayload ready;
            try
            {
                ready = GatewayReadyPayload.Parse(frame.Data);
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                Logger.LogWarning("Gateway shard {Shard}: READY without session_id, resume_gateway_url or user.id ({Message})", shard.Id, ex.Message);
                return;
            }

            ReachedReady = true;
            shard.OnReady(ready);
        }
        else if (type == "RESUMED")
        {
            ReachedReady = true;
            shard.OnResumed();
        }

        await client.DispatchWriter.WriteAsync(new GatewayDispatch(type, frame.Data, shard.Id, frame.Sequence ?? 0), lifetime.Token);
    }

    private async Task IdentifyOrResumeAsync()
    {
        var session = shard.Session;
        if (session.CanResume)
        {
            await SendAsync(GatewayPayloads.Resume(client.Token, session.SessionId!, session.Sequence), heartbeat: false, lifetime.Token);
            return;
        }

        // One Identify per connection; the shard reserved its slot in the identify gate before connecting.
        if (identified)
        {
            return;
        }

        identified = true;
        await SendAsync(GatewayPayloads.Identify(client.Token, client.Options.Intents, shard.Id, client.Options.Shards), heartbeat: false, lifetime.Token);
        client.IdentifyGate.MarkSent(shard.Id);
    }

    private async Task HeartbeatLoopAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval * client.Random(), client.Time, cancellationToken);
            var beaten = false;
            while (!cancellationToken.IsCancellationRequested)
            {
                if (beaten && !ackSinceLastBeat)
                {
                    await EndAsync(ConnectionOutcome.Resume("no heartbeat ACK since our last heartbeat (zombie connection)"), GatewayCloseCodes.Reconnecting, "zombie");
                    return;
                }

                ackSinceLastBeat = false;
                await SendAsync(GatewayPayloads.Heartbeat(shard.Session.Sequence), heartbeat: true, cancellationToken);
                beaten = true;
                await Task.Delay(interval, client.Time, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended.
        }
        catch (Exception ex)
        {
            // The receive loop sees the broken socket and reports it.
            Logger.LogDebug("Gateway shard {Shard}: heartbeat stopped ({Message})", shard.Id, ex.Message);
        }
    }

    private async Task SendAsync(byte[] payload, bool heartbeat, CancellationToken cancellationToken)
    {
        GatewayPayloads.EnsureFits(payload);
        await limiter.AcquireAsync(heartbeat, cancellationToken);
        await sendLock.WaitAsync(cancellationToken);
        try
        {
            if (!ending.Task.IsCompleted)
            {
                await transport.SendAsync(payload, cancellationToken);
            }
        }
        finally
        {
            sendLock.Release();
        }
    }
}
