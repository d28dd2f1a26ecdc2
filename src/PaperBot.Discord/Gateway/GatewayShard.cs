using Microsoft.Extensions.Logging;
using PaperBot.Adapters;

namespace PaperBot.Discord.Gateway;

/// <summary>Keeps one shard connected: picks Identify or Resume, and reconnects after each connection ends.</summary>
internal sealed class GatewayShard(int id, DiscordGatewayClient client)
{
    private readonly Lock gate = new();
    private GatewayConnection? current;
    private volatile bool stopping;
    private volatile GatewayStatus status = new(GatewayConnectionState.NotStarted, "not started");

    public int Id { get; } = id;

    public GatewaySession Session { get; } = new();

    public GatewayStatus Status => status;

    private ILogger Logger => client.Logger;

    public async Task RunAsync(CancellationToken stopToken)
    {
        var backoff = new ReconnectBackoff(client.Timings.InitialBackoff, client.Timings.MaxBackoff, client.Random);
        var delay = TimeSpan.Zero;
        while (!stopToken.IsCancellationRequested && !stopping)
        {
            Uri uri;
            try
            {
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, client.Time, stopToken);
                }

                uri = await NextUriAsync(stopToken);
            }
            catch (OperationCanceledException) when (stopToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                delay = backoff.Next();
                SetStatus(GatewayConnectionState.Reconnecting, $"GET /gateway/bot failed: {ex.Message}");
                Logger.LogWarning("Gateway shard {Shard}: GET /gateway/bot failed ({Message}); retrying in {Delay:0.0} s", Id, ex.Message, delay.TotalSeconds);
                continue;
            }

            // Reconnecting keeps its reason: why the last connection ended says more than where the next one goes.
            if (status.State == GatewayConnectionState.NotStarted)
            {
                SetStatus(GatewayConnectionState.Connecting, $"connecting to {uri.Host}");
            }

            var connection = new GatewayConnection(this, client);
            ConnectionOutcome outcome;
            try
            {
                outcome = await RunAndDisposeAsync(connection, uri, stopToken);
            }
            catch (Exception ex)
            {
                // A bug must not end the bot's only connection; log it and go round again.
                Logger.LogError(ex, "Gateway shard {Shard}: unexpected error", Id);
                outcome = ConnectionOutcome.Reconnect($"unexpected error: {ex.Message}");
            }

            if (connection.ReachedReady)
            {
                backoff.Reset();
            }

            switch (outcome.Kind)
            {
                case OutcomeKind.Stopped:
                    SetStatus(GatewayConnectionState.Stopped, outcome.Reason);
                    return;
                case OutcomeKind.Fatal:
                    SetStatus(GatewayConnectionState.Failed, outcome.Reason, outcome.CloseCode);
                    client.OnFatal(this, outcome);
                    return;
                case OutcomeKind.Resume:
                    delay = TimeSpan.Zero;
                    Logger.LogInformation("Gateway shard {Shard}: {Reason}; resuming", Id, outcome.Reason);
                    break;
                case OutcomeKind.NewSession:
                    Session.Clear();
                    delay = outcome.DelayIdentify ? InvalidSessionDelay() : TimeSpan.Zero;
                    Logger.LogInformation("Gateway shard {Shard}: {Reason}; new session in {Delay:0.0} s", Id, outcome.Reason, delay.TotalSeconds);
                    break;
                default:
                    delay = backoff.Next();
                    Logger.LogWarning("Gateway shard {Shard}: {Reason}; reconnecting in {Delay:0.0} s", Id, outcome.Reason, delay.TotalSeconds);
                    break;
            }

            SetStatus(GatewayConnectionState.Reconnecting, outcome.Reason, outcome.CloseCode);
        }

        SetStatus(GatewayConnectionState.Stopped, "stopped");
    }

    /// <summary>Closes the live connection with <paramref name="closeCode"/> and lets <see cref="RunAsync"/> return.</summary>
    public async Task RequestStopAsync(int closeCode)
    {
        GatewayConnection? connection;
        lock (gate)
        {
            stopping = true;
            connection = current;
        }

        if (connection is not null)
        {
            await connection.EndAsync(ConnectionOutcome.Stopped("stopped"), closeCode, "stopping");
        }
    }

    public void OnReady(GatewayReadyPayload ready)
    {
        Session.Start(ready);
        SetStatus(GatewayConnectionState.Connected, "connected");
        Logger.LogInformation("Gateway shard {Shard} ready (session {SessionId})", Id, ready.SessionId);
        client.OnReady(ready);
    }

    public void OnResumed()
    {
        SetStatus(GatewayConnectionState.Connected, "connected");
        Logger.LogInformation("Gateway shard {Shard} resumed", Id);
    }

    private async Task<ConnectionOutcome> RunAndDisposeAsync(GatewayConnection connection, Uri uri, CancellationToken stopToken)
    {
        await using (connection)
        {
            bool stopNow;
            lock (gate)
            {
                current = connection;
                stopNow = stopping;
            }

            if (stopNow)
            {
                await connection.EndAsync(ConnectionOutcome.Stopped("stopped"), GatewayCloseCodes.Normal, "stopping");
            }

            try
            {
                return await connection.RunAsync(uri, stopToken);
            }
            finally
            {
                lock (gate)
                {
                    current = null;
                }
            }
        }
    }

    private async Task<Uri> NextUriAsync(CancellationToken cancellationToken)
    {
        if (Session.CanResume && Session.ResumeUrl is { } resumeUrl)
        {
            return GatewayUrls.WithQuery(resumeUrl);
        }

        var info = await client.GetGatewayInfoAsync(cancellationToken);
        await client.IdentifyGate.WaitTurnAsync(Id, cancellationToken);
        return GatewayUrls.WithQuery(info.Url);
    }

    private TimeSpan InvalidSessionDelay()
    {
        var min = client.Timings.InvalidSessionMinDelay;
        var max = client.Timings.InvalidSessionMaxDelay;
        return min + ((max - min) * client.Random());
    }

    private void SetStatus(GatewayConnectionState state, string reason, int? closeCode = null)
    {
        status = new GatewayStatus(state, reason, closeCode);
        client.OnShardStatusChanged();
    }
}
