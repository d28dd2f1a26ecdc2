using System.Text.Json.Serialization;

namespace PaperBot.Discord.Gateway;

/// <summary>The body of <c>GET /gateway/bot</c>.</summary>
public sealed record GatewayBotInfo(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("shards")] int Shards,
    [property: JsonPropertyName("session_start_limit")] SessionStartLimit SessionStartLimit);

/// <summary>How many new sessions (Identify) are left, when that count resets, and how many may start per 5 s.</summary>
public sealed record SessionStartLimit(
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("remaining")] int Remaining,
    [property: JsonPropertyName("reset_after")] long ResetAfterMilliseconds,
    [property: JsonPropertyName("max_concurrency")] int MaxConcurrency);
