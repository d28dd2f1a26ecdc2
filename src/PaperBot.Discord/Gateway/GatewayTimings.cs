namespace PaperBot.Discord.Gateway;

/// <summary>Waits the client uses; tests shrink them, production keeps <see cref="Default"/>.</summary>
internal sealed record GatewayTimings
{
    public static GatewayTimings Default { get; } = new();

    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Random wait before re-Identify after op 9 false (older docs: 1–5 s).</summary>
    public TimeSpan InvalidSessionMinDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>max_concurrency counts Identify calls per this window.</summary>
    public TimeSpan IdentifyConcurrencyWindow { get; init; } = IdentifyGate.DefaultConcurrencyWindow;

    /// <summary>How long we wait for Discord to answer our close frame before dropping the socket.</summary>
    public TimeSpan CloseGrace { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Discord says /gateway/bot should not be cached for long.</summary>
    public TimeSpan GatewayInfoMaxAge { get; init; } = TimeSpan.FromMinutes(5);
}
