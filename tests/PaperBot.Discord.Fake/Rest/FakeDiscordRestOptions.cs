namespace PaperBot.Discord.Fake.Rest;

/// <summary>How the fake behaves. Defaults are Discord's documented limits.</summary>
public sealed class FakeDiscordRestOptions
{
    /// <summary>Clock for snowflakes, the nonce window and rate-limit windows (a FakeTimeProvider in tests).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>When set, any other Authorization than <c>Bot {RequiredToken}</c> gets 401 (code 0).</summary>
    public string? RequiredToken { get; init; }

    /// <summary>Discord deduplicates enforced nonces "in the past few minutes".</summary>
    public TimeSpan NonceWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Global requests per second per bot token; interaction callbacks are exempt.</summary>
    public int GlobalLimitPerSecond { get; init; } = 50;

    /// <summary>Messages per channel per <see cref="ChannelMessageWindow"/>.</summary>
    public int ChannelMessageLimit { get; init; } = 5;

    public TimeSpan ChannelMessageWindow { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Every other route: this many requests per <see cref="OtherRouteWindow"/> per route and top-level resource.</summary>
    public int OtherRouteLimit { get; init; } = 50;

    public TimeSpan OtherRouteWindow { get; init; } = TimeSpan.FromSeconds(1);

    public ulong BotUserId { get; init; } = 1_100_000_000_000_000_001;

    public ulong ApplicationId { get; init; } = 1_100_000_000_000_000_002;

    public string GatewayUrl { get; init; } = "wss://gateway.discord.gg/";
}
