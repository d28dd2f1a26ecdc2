namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>A digest on its way, in the <c>outbox</c> collection, keyed by <see cref="Core.Digests.OutboxItem.Id"/>.</summary>
internal sealed class OutboxDocument
{
    public string Id { get; set; } = "";

    public string SubscriptionId { get; set; } = "";

    /// <summary>The target's key, indexed for forget-me.</summary>
    public string TargetKey { get; set; } = "";

    public TargetDocument Target { get; set; } = new();

    /// <summary>ISO 8601 round-trip text.</summary>
    public string Occurrence { get; set; } = "";

    public List<DigestPartDocument> Parts { get; set; } = [];

    /// <summary>Sent parts in part order; only <see cref="Digests.LiteDbDigestLedger.RecordDeliveryAsync"/> adds to it.</summary>
    public List<DeliveredPartDocument> Delivered { get; set; } = [];

    /// <summary>The <see cref="Core.Digests.OutboxState"/> value.</summary>
    public int State { get; set; }

    public int Attempts { get; set; }

    /// <summary>ISO 8601 round-trip text.</summary>
    public string NextAttemptAt { get; set; } = "";

    /// <summary><see cref="NextAttemptAt"/> as UTC ticks, present only while the item is pending: the index on it is the
    /// index on (state, next attempt) that the delivery worker reads.</summary>
    public long? PendingTicks { get; set; }

    public string? LastError { get; set; }

    /// <summary>ISO 8601 round-trip text of the last delivery attempt; absent before the first.</summary>
    public string? LastAttemptAt { get; set; }

    public string CreatedAt { get; set; } = "";
}
