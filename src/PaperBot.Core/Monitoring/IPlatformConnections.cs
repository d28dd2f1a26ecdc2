namespace PaperBot.Core.Monitoring;

/// <summary>The port the chat adapters (Discord's Gateway, Slack's socket) report their connection into, for
/// <c>/readyz</c> and the reconnect counter. Reporting the state already held is harmless.</summary>
public interface IPlatformConnections
{
    void Report(string platform, ConnectionState state, string reason);
}
