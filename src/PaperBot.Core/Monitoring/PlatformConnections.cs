namespace PaperBot.Core.Monitoring;

/// <summary>The last reported connection of each platform. A platform that was connected and reports reconnecting
/// counts as one reconnect; "since" moves only when the state changes, so "reconnecting since 12:01" stays 12:01
/// across the retries of one outage.</summary>
public sealed class PlatformConnections(PaperBotMetrics metrics, TimeProvider time) : IPlatformConnections
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, PlatformConnection> current = new(StringComparer.Ordinal);

    /// <summary>A platform became connected (again): its deliveries need not wait out a pause for being offline.</summary>
    public event Action<string>? Connected;

    public void Report(string platform, ConnectionState state, string reason)
    {
        lock (gate)
        {
            if (current.TryGetValue(platform, out var known) && known.State == state)
            {
                current[platform] = known with { Reason = reason };
                return;
            }
            if (known is { IsConnected: true } && state == ConnectionState.Reconnecting)
                metrics.Reconnecting(platform);
            current[platform] = new PlatformConnection(platform, state, reason, time.GetUtcNow());
        }
        if (state == ConnectionState.Connected)
            Connected?.Invoke(platform);
    }

    /// <summary>The platform's last report; null before its adapter reported anything.</summary>
    public PlatformConnection? Find(string platform)
    {
        lock (gate)
            return current.GetValueOrDefault(platform);
    }
}
