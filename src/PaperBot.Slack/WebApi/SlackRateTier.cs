namespace PaperBot.Slack.WebApi;

/// <summary>Slack's per-method rate tiers (per workspace, per app, per minute).</summary>
public enum SlackRateTier
{
    Tier1 = 1,
    Tier2 = 2,
    Tier3 = 3,
    Tier4 = 4,
}
