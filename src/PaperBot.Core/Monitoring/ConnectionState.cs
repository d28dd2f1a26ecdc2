namespace PaperBot.Core.Monitoring;

/// <summary>Where a chat platform's live connection stands, as its adapter reports it.</summary>
public enum ConnectionState
{
    Connecting,
    Connected,
    Reconnecting,
    Stopped,

    /// <summary>The platform refused the bot for good (a bad token, a disabled link); no reconnect will follow.</summary>
    Failed,
}
