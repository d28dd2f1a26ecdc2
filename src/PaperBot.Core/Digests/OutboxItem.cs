using System.Globalization;

namespace PaperBot.Core.Digests;

/// <summary>A rendered digest waiting for delivery, keyed by (subscription, occurrence) so a retry or a restart never makes a second one.</summary>
/// <param name="Delivered">Part index → the platform's message id, for every part already sent.</param>
/// <param name="LastAttemptAt">When delivery was last attempted; an attempt may have posted parts whose answer was lost.</param>
public sealed record OutboxItem(
    string Id,
    string SubscriptionId,
    DigestTarget Target,
    DateTimeOffset Occurrence,
    IReadOnlyList<DigestPart> Parts,
    IReadOnlyDictionary<int, string> Delivered,
    OutboxState State,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastAttemptAt = null)
{
    public static string IdFor(string subscriptionId, DateTimeOffset occurrence) =>
        $"{subscriptionId}@{occurrence.UtcDateTime.ToString("yyyy-MM-ddTHH:mmZ", CultureInfo.InvariantCulture)}";

    /// <summary>The key the platform uses to drop a repeated send of the same part (Discord's nonce, Slack's message metadata).</summary>
    public string IdempotencyKey(int part) => $"{Id}#{part}";
}
