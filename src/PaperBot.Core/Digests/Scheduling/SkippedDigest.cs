namespace PaperBot.Core.Digests.Scheduling;

/// <summary>A due time whose digest was not sent, and why (shown by <c>/papers status</c>).</summary>
public sealed record SkippedDigest(DateTimeOffset DueAt, string Reason);
