namespace PaperBot.Slack.SocketMode;

/// <summary>One WebSocket connection carrying whole text frames. One receive and one send may run at a time.</summary>
internal interface ISocketModeTransport : IAsyncDisposable
{
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken = default);

    /// <summary>The next whole text frame, valid until the next call; null once the peer has closed.</summary>
    Task<ReadOnlyMemory<byte>?> ReceiveAsync(CancellationToken cancellationToken = default);

    Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default);

    /// <summary>Sends our close frame without waiting for the peer's; keep receiving to see it.</summary>
    Task CloseAsync(string reason, CancellationToken cancellationToken = default);

    /// <summary>The peer's close code once it closed, else null (also null after a plain TCP drop).</summary>
    int? CloseCode { get; }

    string? CloseReason { get; }
}
