namespace PaperBot.Slack.WebApi;

/// <summary>Client-side pacing that keeps PaperBot under Slack's limits (S6 "Rate tiers", "Posting limit").</summary>
public sealed record SlackRateLimitOptions
{
    public int Tier1PerMinute { get; init; } = 1;

    public int Tier2PerMinute { get; init; } = 20;

    public int Tier3PerMinute { get; init; } = 50;

    public int Tier4PerMinute { get; init; } = 100;

    /// <summary>
    /// The tiers PaperBot's methods have. conversations.history is Tier 1 for apps not approved for the Slack
    /// Marketplace (all installs since September 2025, per Slack's rate-limit page), which a self-hosted PaperBot is;
    /// a Marketplace app may raise it to Tier 3.
    /// </summary>
    public static IReadOnlyDictionary<string, SlackRateTier> DefaultMethodTiers { get; } = new Dictionary<string, SlackRateTier>(StringComparer.Ordinal)
    {
        ["apps.connections.open"] = SlackRateTier.Tier1,
        ["auth.test"] = SlackRateTier.Tier4,
        ["chat.update"] = SlackRateTier.Tier3,
        ["conversations.open"] = SlackRateTier.Tier3,
        ["conversations.history"] = SlackRateTier.Tier1,
        ["conversations.info"] = SlackRateTier.Tier3,
        ["reactions.add"] = SlackRateTier.Tier3,
        ["users.info"] = SlackRateTier.Tier4,
    };

    /// <summary>Method → tier; a method not listed is paced as <see cref="DefaultTier"/>.</summary>
    public IReadOnlyDictionary<string, SlackRateTier> MethodTiers { get; init; } = DefaultMethodTiers;

    public SlackRateTier DefaultTier { get; init; } = SlackRateTier.Tier3;

    /// <summary>chat.postMessage is special: about one message per second per channel...</summary>
    public double PostsPerSecondPerChannel { get; init; } = 1;

    /// <summary>...with short bursts allowed.</summary>
    public int PostBurstPerChannel { get; init; } = 3;

    /// <summary>...plus a workspace-wide cap ("several hundred per minute").</summary>
    public int PostsPerMinutePerWorkspace { get; init; } = 300;

    public int PerMinute(SlackRateTier tier) => tier switch
    {
        SlackRateTier.Tier1 => Tier1PerMinute,
        SlackRateTier.Tier2 => Tier2PerMinute,
        SlackRateTier.Tier4 => Tier4PerMinute,
        _ => Tier3PerMinute,
    };
}
