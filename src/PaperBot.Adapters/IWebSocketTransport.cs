namespace PaperBot.Adapters;

/// <summary>One WebSocket connection carrying whole text frames (Discord's Gateway, Slack's Socket Mode). One receive
/// and one send may run at a time; tests script it.</summary>
internal interface IWebSocketTransport : IAsyncDisposable
{
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken = default);

    /// <summary>The next whole text frame, valid until the next call; null once the peer has closed.</summary>
    Task<ReadOnlyMemory<byte>?> ReceiveAsync(CancellationToken cancellationToken = default);

    Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default);

    /// <summary>Sends our close frame without waiting for the peer's; keep receiving to see it.</summary>
    Task CloseAsync(int code, string reason, CancellationToken cancellationToken = default);

    /// <summary>The peer's close code once it closed, else null (also null after a plain TCP drop).</summary>
    int? CloseCode { get; }

    string? CloseReason { get; }
}
