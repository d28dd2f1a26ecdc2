using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PaperBot.Adapters;

namespace PaperBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode socket: reads frames until it ends, acks envelopes on itself, and signals hello, a requested
/// refresh and its end. The client decides what to do next; during a refresh two of these read side by side.
/// </summary>
internal sealed class SocketModeConnection : IAsyncDisposable
{
    private readonly SlackSocketModeClient client;
    private readonly IWebSocketTransport transport;
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly CancellationTokenSource lifetime;
    private readonly TaskCompletionSource hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> refresh = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<SocketModeOutcome> ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task receive = Task.CompletedTask;
    private string? lastDisconnectReason;
    private volatile string endReason = "";
    private int closing;

    public SocketModeConnection(int id, SlackSocketModeClient client)
    {
        Id = id;
        this.client = client;
        transport = client.CreateTransport();
        lifetime = new CancellationTokenSource(Timeout.InfiniteTimeSpan, client.Time);
    }

    public int Id { get; }

    /// <summary>Completes on hello; faults if the socket ends first.</summary>
    public Task Hello => hello.Task;

    /// <summary>Completes with the reason when Slack asks for a new socket (disconnect warning / refresh_requested).</summary>
    public Task<string> RefreshRequested => refresh.Task;

    public Task<SocketModeOutcome> Ended => ended.Task;

    private ILogger Logger => client.Logger;

    /// <summary>Connects and starts reading in the background; <see cref="Hello"/> tells when it is up.</summary>
    public async Task StartAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.Token);
        await transport.ConnectAsync(uri, linked.Token);
        receive = Task.Run(ReceiveLoopAsync, CancellationToken.None);
    }

    /// <summary>Sends our close frame, keeps reading for <see cref="SlackSocketModeOptions.CloseGrace"/>, then drops the socket.</summary>
    public async Task CloseAsync(string reason)
    {
        if (Interlocked.Exchange(ref closing, 1) != 0)
        {
            await receive;
            return;
        }

        Finish(SocketModeOutcome.Stopped(reason));
        try
        {
            using var timeout = new CancellationTokenSource(client.Options.CloseGrace, client.Time);
            await sendLock.WaitAsync(timeout.Token);
            try
            {
                await transport.CloseAsync((int)WebSocketCloseStatus.NormalClosure, reason, timeout.Token);
            }
            finally
            {
                sendLock.Release();
            }

            // Envelopes Slack sent before it saw our close are still read and delivered, but not for ever.
            lifetime.CancelAfter(client.Options.CloseGrace);
        }
        catch (Exception ex)
        {
            Logger.LogDebug("Slack socket {Id}: close frame not sent ({Message})", Id, ex.Message);
            await lifetime.CancelAsync();
        }

        await receive;
    }

    /// <summary>Sends one ack frame; false when the socket is gone (Slack will then redeliver).</summary>
    public async Task<bool> SendAckAsync(byte[] ack, CancellationToken cancellationToken)
    {
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.Token);
            await sendLock.WaitAsync(linked.Token);
            try
            {
                await transport.SendAsync(ack, linked.Token);
                return true;
            }
            finally
            {
                sendLock.Release();
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Logger.LogDebug("Slack socket {Id}: ack not sent ({Message})", Id, ex.Message);
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await lifetime.CancelAsync();
        await receive;
        await transport.DisposeAsync();
        lifetime.Dispose();
        sendLock.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        try
        {
            while (true)
            {
                var next = transport.ReceiveAsync(lifetime.Token);
                ReadOnlyMemory<byte>? payload;
                try
                {
                    payload = client.Options.IdleTimeout is { } idle
                        ? await next.WaitAsync(idle, client.Time, lifetime.Token)
                        : await next;
                }
                catch (TimeoutException)
                {
                    Finish(SocketModeOutcome.Reconnect($"no frame for {client.Options.IdleTimeout!.Value.TotalSeconds:0.#} s (silent socket)"));
                    await lifetime.CancelAsync();
                    await ObserveAsync(next);
                    return;
                }

                if (payload is not { } bytes)
                {
                    var why = lastDisconnectReason is { } r ? $"disconnect {r}, " : "";
                    Finish(SocketModeOutcome.Reconnect($"closed by Slack ({why}{transport.CloseCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no close code"})"));
                    return;
                }

                SocketModeFrame frame;
                try
                {
                    frame = SocketModeFrame.Parse(bytes.Span);
                }
                catch (JsonException ex)
                {
                    Logger.LogWarning("Slack socket {Id}: ignored a frame that is not Socket Mode JSON ({Message})", Id, ex.Message);
                    continue;
                }

                await HandleAsync(frame);
            }
        }
        catch (Exception ex)
        {
            Finish(SocketModeOutcome.Reconnect($"connection lost: {ex.Message}"));
        }
        finally
        {
            hello.TrySetException(new InvalidOperationException($"socket ended before hello: {endReason}"));
            _ = hello.Task.Exception; // observed: a socket that never said hello is reported through Ended
        }
    }

    private async Task HandleAsync(SocketModeFrame frame)
    {
        if (frame.Envelope is { } envelope)
        {
            await client.OnEnvelopeAsync(this, envelope, lifetime.Token);
            return;
        }

        switch (frame.Type)
        {
            case "hello":
                Logger.LogDebug("Slack socket {Id}: hello ({Connections} connection(s))", Id, frame.NumConnections);
                hello.TrySetResult();
                break;
            case "disconnect":
                HandleDisconnect(frame.Reason ?? "unknown");
                break;
            default:
                Logger.LogDebug("Slack socket {Id}: ignored frame type {Type}", Id, frame.Type);
                break;
        }
    }

    private void HandleDisconnect(string reason)
    {
        lastDisconnectReason = reason;
        switch (reason)
        {
            case "link_disabled":
                Finish(SocketModeOutcome.Fatal("Socket Mode was turned off for this app (disconnect link_disabled)"));
                lifetime.Cancel();
                break;
            case "warning" or "refresh_requested":
                // Open the next socket first; this one keeps reading until the new one said hello.
                refresh.TrySetResult(reason);
                break;
            default:
                // e.g. too_many_websockets: Slack closes this socket next; the close then reconnects with backoff.
                Logger.LogInformation("Slack socket {Id}: disconnect {Reason}", Id, reason);
                break;
        }
    }

    private void Finish(SocketModeOutcome outcome)
    {
        if (ended.TrySetResult(outcome))
        {
            endReason = outcome.Reason;
        }
    }

    private static async Task ObserveAsync(Task task)
    {
        try
        {
            await task;
        }
        catch
        {
            // The receive we abandoned ends with the socket; its error says nothing new.
        }
    }
}
