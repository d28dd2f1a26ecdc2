using System.Buffers;
using System.Net.WebSockets;

namespace PaperBot.Adapters;

/// <summary>
/// The real transport. Given both, KeepAliveInterval plus KeepAliveTimeout (.NET 9+) make ClientWebSocket send PINGs
/// and abort when no PONG comes back, which is how a half-open socket is noticed (it answers the peer's pings by
/// itself); without them ClientWebSocket's defaults stand (Discord has its own heartbeat for that).
/// </summary>
internal sealed class ClientWebSocketTransport : IWebSocketTransport
{
    private readonly ClientWebSocket socket = new();
    private readonly ArrayBufferWriter<byte> frame = new(16 * 1024);

    public ClientWebSocketTransport()
    {
    }

    public ClientWebSocketTransport(TimeSpan keepAliveInterval, TimeSpan keepAliveTimeout)
    {
        socket.Options.KeepAliveInterval = keepAliveInterval;
        socket.Options.KeepAliveTimeout = keepAliveTimeout;
    }

    public int? CloseCode => (int?)socket.CloseStatus;

    public string? CloseReason => socket.CloseStatusDescription;

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken = default) => socket.ConnectAsync(uri, cancellationToken);

    public async Task<ReadOnlyMemory<byte>?> ReceiveAsync(CancellationToken cancellationToken = default)
    {
        frame.ResetWrittenCount();
        while (true)
        {
            var result = await socket.ReceiveAsync(frame.GetMemory(8 * 1024), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await AnswerCloseAsync(cancellationToken);
                return null;
            }

            frame.Advance(result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            if (result.MessageType == WebSocketMessageType.Text)
            {
                return frame.WrittenMemory;
            }

            // Binary frames only come with compression, which we never ask for.
            frame.ResetWrittenCount();
        }
    }

    public Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default) =>
        socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).AsTask();

    public async Task CloseAsync(int code, string reason, CancellationToken cancellationToken = default)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken);
        }
    }

    public ValueTask DisposeAsync()
    {
        socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task AnswerCloseAsync(CancellationToken cancellationToken)
    {
        if (socket.State != WebSocketState.CloseReceived)
        {
            return;
        }

        try
        {
            await socket.CloseOutputAsync(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, null, cancellationToken);
        }
        catch (WebSocketException)
        {
            // The peer may already be gone; its close code is what matters.
        }
    }
}
