namespace PaperBot.Slack.SocketMode;

public enum SocketModeState
{
    NotStarted,
    Connecting,
    Connected,
    Reconnecting,
    Stopped,

    /// <summary>Slack refused us for good (invalid_auth, link_disabled); the client will not reconnect.</summary>
    Failed,
}

/// <summary>Connection state for a readiness check; <paramref name="Reason"/> says why it is not connected.</summary>
public sealed record SocketModeStatus(SocketModeState State, string Reason)
{
    public bool IsConnected => State == SocketModeState.Connected;
}
