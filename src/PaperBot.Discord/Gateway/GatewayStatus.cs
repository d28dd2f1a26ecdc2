namespace PaperBot.Discord.Gateway;

public enum GatewayConnectionState
{
    NotStarted,
    Connecting,
    Connected,
    Reconnecting,
    Stopped,

    /// <summary>Discord refused us for good (bad token, intents, shards); the client will not reconnect.</summary>
    Failed,
}

/// <summary>Connection state for a readiness check; <paramref name="Reason"/> says why it is not connected.</summary>
public sealed record GatewayStatus(GatewayConnectionState State, string Reason, int? CloseCode = null)
{
    public bool IsConnected => State == GatewayConnectionState.Connected;
}
