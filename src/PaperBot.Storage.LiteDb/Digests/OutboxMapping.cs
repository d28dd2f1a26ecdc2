using PaperBot.Core.Digests;
using PaperBot.Storage.LiteDb.Documents;

namespace PaperBot.Storage.LiteDb.Digests;

internal static class OutboxMapping
{
    public static OutboxDocument ToDocument(OutboxItem item)
    {
        var document = new OutboxDocument
        {
            Id = item.Id,
            SubscriptionId = item.SubscriptionId,
            TargetKey = item.Target.Key,
            Target = TargetMapping.ToDocument(item.Target),
            Occurrence = StoredTime.Format(item.Occurrence),
            Parts = [.. item.Parts.Select(DigestPartMapping.ToDocument)],
            Delivered = [.. item.Delivered.OrderBy(p => p.Key).Select(p => new DeliveredPartDocument { Part = p.Key, MessageId = p.Value })],
            CreatedAt = StoredTime.Format(item.CreatedAt),
        };
        SetProgress(document, item);
        return document;
    }

    /// <summary>Copies what <see cref="IDigestLedger.UpdateAsync"/> may change: state, attempts, next and last attempt and error.</summary>
    public static void SetProgress(OutboxDocument document, OutboxItem item)
    {
        document.State = (int)item.State;
        document.Attempts = item.Attempts;
        document.NextAttemptAt = StoredTime.Format(item.NextAttemptAt);
        document.PendingTicks = item.State == OutboxState.Pending ? StoredTime.SortKey(item.NextAttemptAt) : null;
        document.LastError = item.LastError;
        document.LastAttemptAt = item.LastAttemptAt is { } attempt ? StoredTime.Format(attempt) : null;
    }

    public static OutboxItem ToItem(OutboxDocument document) => new(
        document.Id,
        document.SubscriptionId,
        TargetMapping.ToTarget(document.Target),
        StoredTime.Parse(document.Occurrence),
        [.. document.Parts.Select(DigestPartMapping.ToPart)],
        document.Delivered.ToDictionary(p => p.Part, p => p.MessageId),
        (OutboxState)document.State,
        document.Attempts,
        StoredTime.Parse(document.NextAttemptAt),
        document.LastError,
        StoredTime.Parse(document.CreatedAt),
        document.LastAttemptAt is { } attempt ? StoredTime.Parse(attempt) : null);
}
