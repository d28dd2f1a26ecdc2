namespace PaperBot.Core.Digests.Scheduling;

/// <summary>What to do with a subscription's due times up to now.</summary>
/// <param name="Send">The one due time to send a digest for now, if any.</param>
/// <param name="Skipped">Due times given up, oldest first, each with its reason.</param>
/// <param name="NextDue">The due time to store next; always after now.</param>
public sealed record CatchUpPlan(DateTimeOffset? Send, IReadOnlyList<SkippedDigest> Skipped, DateTimeOffset NextDue)
{
    /// <summary>The reason of the latest skipped due time, for a one-line status; null when nothing was skipped.</summary>
    public string? SkipReason => Skipped.Count == 0 ? null : Skipped[^1].Reason;
}
