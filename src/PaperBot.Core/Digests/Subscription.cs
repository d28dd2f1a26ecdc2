using PaperBot.Core.Digests.Scheduling;
using PaperBot.Core.Users;

namespace PaperBot.Core.Digests;

/// <summary>A daily digest for one target, with its schedule and filters. <see cref="NextDue"/> is stored so that the
/// dispatcher finds due subscriptions through an index rather than by scanning.</summary>
/// <param name="Owner">Who subscribed (for a channel, the member who set it up).</param>
/// <param name="Topics">Words a paper should match (any of them), empty for no filter.</param>
/// <param name="Exclude">Words that rule a paper out.</param>
/// <param name="Categories">arXiv categories a paper should have (any of them), empty for no filter.</param>
/// <param name="LastDigestAt">The occurrence of the last digest created, which bounds "papers that arrived since".</param>
/// <param name="LastOutcome">A line for <c>/papers status</c>: what happened at the last due time.</param>
/// <param name="PausedReason">Why deliveries stopped, e.g. "the bot was removed from the channel"; null while active.</param>
public sealed record Subscription(
    DigestTarget Target,
    UserRef Owner,
    DigestSchedule Schedule,
    int Size,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Exclude,
    IReadOnlyList<string> Categories,
    DateTimeOffset NextDue,
    DateTimeOffset? LastDigestAt,
    string? LastOutcome,
    string? PausedReason,
    DateTimeOffset CreatedAt)
{
    public const int DefaultSize = 5;
    public const int MaxSize = 20;

    public string Id => Target.Key;

    public bool IsPaused => PausedReason is not null;
}
