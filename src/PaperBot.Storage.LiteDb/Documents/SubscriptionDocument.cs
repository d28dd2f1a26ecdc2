namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>A subscription in the <c>subscriptions</c> collection, keyed by its target's key.</summary>
internal sealed class SubscriptionDocument
{
    /// <summary><see cref="Core.Digests.DigestTarget.Key"/>; LiteDB's <c>_id</c>.</summary>
    public string Id { get; set; } = "";

    public TargetDocument Target { get; set; } = new();

    /// <summary><see cref="DocumentKeys.User"/> of a DM target's recipient, indexed; absent for a channel.</summary>
    public string? PersonKey { get; set; }

    public UserRefDocument Owner { get; set; } = new();

    /// <summary><see cref="DocumentKeys.User"/> of the owner, indexed.</summary>
    public string OwnerKey { get; set; } = "";

    /// <summary>Local time, <c>HH:mm</c> (with seconds only if the schedule has them).</summary>
    public string At { get; set; } = "";

    public string TimeZoneId { get; set; } = "";

    /// <summary>The weekdays as bits, <c>1 &lt;&lt; (int)DayOfWeek</c> (Sunday = 1, Monday = 2, … Saturday = 64).</summary>
    public int Days { get; set; }

    public int Size { get; set; }

    public List<string> Topics { get; set; } = [];

    public List<string> Exclude { get; set; } = [];

    public List<string> Categories { get; set; } = [];

    /// <summary>ISO 8601 round-trip text, as given.</summary>
    public string NextDue { get; set; } = "";

    /// <summary><see cref="NextDue"/> as UTC ticks, indexed, and present only while the subscription is active, so that
    /// the due query reads a range of that index and never sees paused subscriptions.</summary>
    public long? DueTicks { get; set; }

    public string? LastDigestAt { get; set; }

    public string? LastOutcome { get; set; }

    public string? PausedReason { get; set; }

    public string CreatedAt { get; set; } = "";
}
