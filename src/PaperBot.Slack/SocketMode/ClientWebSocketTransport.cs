using System.Buffers;
using System.Net.WebSockets;

namespace PaperBot.Slack.SocketMode;

/// <summary>
/// The real transport. KeepAliveInterval plus KeepAliveTimeout (.NET 9+) make ClientWebSocket send PINGs and abort
/// when no PONG comes back, which is how a half-open socket is noticed (it answers Slack's pings by itself).
/// </summary>
internal sealed class ClientWebSocketTransport : ISocketModeTransport
{
    private readonly ClientWebSocket socket = new();
    private readonly ArrayBufferWriter<byte> frame = new(16 * 1024);

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

            frame.ResetWrittenCount();
        }
    }

    public Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default) =>
        socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).AsTask();

    public async Task CloseAsync(string reason, CancellationToken cancellationToken = default)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, cancellationToken);
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
            // The peer may already be gone.
        }
    }
}
