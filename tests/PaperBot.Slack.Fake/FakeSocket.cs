using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PaperBot.Slack.Fake;

/// <summary>One Socket Mode connection on the fake: send frames to the client, see its acks, misbehave on request.</summary>
public sealed class FakeSocket
{
    private readonly FakeSlack owner;
    private readonly WebSocket socket;
    private readonly HttpContext context;
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource silent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private readonly SilenceSwitch silence;

    internal FakeSocket(FakeSlack owner, int index, WebSocket socket, HttpContext context, SilenceSwitch silence)
    {
        this.silence = silence;
        this.owner = owner;
        Index = index;
        this.socket = socket;
        this.context = context;
        Query = context.Request.QueryString.Value ?? "";
    }

    public int Index { get; }

    public string Query { get; }

    /// <summary>Completes when the socket is gone (closed by either side, dropped, or aborted).</summary>
    public Task Closed => closed.Task;

    /// <summary>Who closed: "client" (close frame from the client), "server", "dropped", or null while open.</summary>
    public string? ClosedBy { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public IReadOnlyList<FakeAck> Acks => owner.AcksSnapshot().Where(a => a.SocketIndex == Index).ToList();

    public Task SendHelloAsync(int numConnections = 1) =>
        SendAsync($$$"""{"type":"hello","num_connections":{{{numConnections}}},"debug_info":{"host":"fake-applink","build_number":1,"approximate_connection_time":18060},"connection_info":{"app_id":"A0FAKE"}}""");

    public Task SendDisconnectAsync(string reason) =>
        SendAsync($$$"""{"type":"disconnect","reason":"{{{reason}}}","debug_info":{"host":"fake-applink"}}""");

    /// <summary>Sends an envelope; returns when it was sent (for measuring the ack delay).</summary>
    public async Task<DateTimeOffset> SendEnvelopeAsync(
        string envelopeId,
        string type,
        JsonNode payload,
        bool acceptsResponsePayload = false,
        int? retryAttempt = null,
        string? retryReason = null)
    {
        var envelope = new JsonObject
        {
            ["envelope_id"] = envelopeId,
            ["type"] = type,
            ["payload"] = payload.DeepClone(),
            ["accepts_response_payload"] = acceptsResponsePayload,
        };
        if (retryAttempt is not null)
        {
            envelope["retry_attempt"] = retryAttempt;
            envelope["retry_reason"] = retryReason ?? "";
        }

        await SendAsync(envelope.ToJsonString());
        return TimeProvider.System.GetUtcNow();
    }

    /// <summary>Sends <paramref name="text"/> as one text frame.</summary>
    public async Task SendAsync(string text)
    {
        await sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Stops reading and writing: no frames, no PONGs; to the client the socket looks half-open.</summary>
    public void GoSilent()
    {
        silence.GoSilent();
        silent.TrySetResult();
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Drop()
    {
        var wasOpen = ClosedBy is null;
        MarkClosed("dropped");
        if (!wasOpen)
        {
            return;
        }

        try
        {
            context.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request already ended.
        }
    }

    /// <summary>Closes with a close frame, as Slack does after a disconnect message.</summary>
    public async Task CloseAsync()
    {
        MarkClosed("server");
        try
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            using var message = new MemoryStream();
            while (!cancellationToken.IsCancellationRequested)
            {
                var receive = socket.ReceiveAsync(buffer, cancellationToken);
                var first = await Task.WhenAny(receive, silent.Task);
                if (first == silent.Task)
                {
                    // Going silent: wait without reading until the test or the client gives up on us.
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }

                var result = await receive;
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    MarkClosed("client");
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    }

                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                owner.OnClientFrame(this, Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                message.SetLength(0);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            MarkClosed(ClosedBy ?? "dropped");
        }
        finally
        {
            MarkClosed(ClosedBy ?? "dropped");
        }
    }

    private void MarkClosed(string by)
    {
        if (ClosedBy is null)
        {
            ClosedBy = by;
            ClosedAt = TimeProvider.System.GetUtcNow();
        }

        closed.TrySetResult();
    }
}
