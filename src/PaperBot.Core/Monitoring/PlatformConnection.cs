namespace PaperBot.Core.Monitoring;

/// <summary>One platform's connection: its state, why (the adapter's words), and since when it has been in that state.</summary>
public sealed record PlatformConnection(string Platform, ConnectionState State, string Reason, DateTimeOffset Since)
{
    public bool IsConnected => State == ConnectionState.Connected;
}
