namespace PaperBot.Core.Digests.Scheduling;

/// <summary>A due time whose digest was not sent, and why (shown by <c>/papers status</c>).</summary>
/// <param name="Cause">One word for the metrics: <see cref="Missed"/> or <see cref="Superseded"/>.</param>
public sealed record SkippedDigest(DateTimeOffset DueAt, string Cause, string Reason)
{
    /// <summary>Later than the grace window, after downtime.</summary>
    public const string Missed = "missed";

    /// <summary>A later due time was sent instead.</summary>
    public const string Superseded = "superseded";

    /// <summary>Nothing to send, and no notice wanted.</summary>
    public const string Empty = "empty";
}
