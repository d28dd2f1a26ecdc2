using LiteDB;
using PaperBot.Core.Digests;
using PaperBot.Core.Papers;
using PaperBot.Storage.LiteDb.Documents;

namespace PaperBot.Storage.LiteDb.Digests;

/// <summary>The <c>received</c>, <c>outbox</c> and <c>messages</c> collections. Writes that belong together run in one
/// transaction on the calling thread.</summary>
public sealed class LiteDbDigestLedger(LiteDbContext context) : IDigestLedger
{
    // Delivery and update read an outbox document and write it back; LiteDB would let two such writers both read the old
    // document and the second overwrite the first, so they take turns here (the file belongs to this process alone).
    private readonly Lock gate = new();

    public Task<IReadOnlySet<PaperId>> ReceivedAsync(string targetKey, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlySet<PaperId> papers = context.Received.Find(Query.EQ(nameof(ReceivedDocument.TargetKey), targetKey))
            .Select(d => new PaperId(d.Paper))
            .ToHashSet();
        return Task.FromResult(papers);
    }

    public Task<bool> CommitDigestAsync(OutboxItem item, IReadOnlyCollection<PaperId> papers, Subscription? updated, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var targetKey = item.Target.Key;
        lock (gate)
        {
            return Task.FromResult(context.InTransaction(() =>
            {
                if (context.Outbox.FindById(item.Id) is not null)
                    return false;
                context.Outbox.Insert(OutboxMapping.ToDocument(item));
                context.Received.Upsert(papers.Distinct().Select(paper => new ReceivedDocument
                {
                    Id = DocumentKeys.Received(targetKey, paper),
                    TargetKey = targetKey,
                    Paper = paper.Value,
                    OutboxId = item.Id,
                }));
                if (updated is not null)
                    context.Subscriptions.Upsert(SubscriptionMapping.ToDocument(updated));
                return true;
            }));
        }
    }

    public Task<IReadOnlyList<OutboxItem>> PendingAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        cancellationToken.ThrowIfCancellationRequested();
        if (limit == 0)
            return Task.FromResult<IReadOnlyList<OutboxItem>>([]);
        IReadOnlyList<OutboxItem> pending = PendingQuery(context.Outbox, now)
            .Limit(limit)
            .ToList()
            .Select(OutboxMapping.ToItem)
            .ToList();
        return Task.FromResult(pending);
    }

    public Task<OutboxItem?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = context.Outbox.FindById(id);
        return Task.FromResult(document is null ? null : OutboxMapping.ToItem(document));
    }

    /// <summary>Adds the part to the item's delivered parts and, for a card with a message id, maps the message to its paper.
    /// Recording the same delivery again changes nothing; an item that is gone (forgotten meanwhile) stays gone.</summary>
    public Task RecordDeliveryAsync(string outboxId, int part, string messageId, PaperId? paper, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            context.InTransaction(() =>
            {
                if (context.Outbox.FindById(outboxId) is not { } document)
                    return false;
                ArgumentOutOfRangeException.ThrowIfNegative(part);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(part, document.Parts.Count);
                document.Delivered.RemoveAll(d => d.Part == part);
                document.Delivered.Add(new DeliveredPartDocument { Part = part, MessageId = messageId });
                document.Delivered.Sort((a, b) => a.Part.CompareTo(b.Part));
                context.Outbox.Update(document);
                // A message without an id cannot be reacted to, so there is nothing to look up later.
                if (paper is { } shown && messageId.Length > 0)
                {
                    context.Messages.Upsert(new MessageDocument
                    {
                        Id = DocumentKeys.Message(document.Target.Platform, messageId),
                        Paper = shown.Value,
                        OutboxId = outboxId,
                        TargetKey = document.TargetKey,
                    });
                }
                return true;
            });
        }
        return Task.CompletedTask;
    }

    public Task UpdateAsync(OutboxItem item, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (context.Outbox.FindById(item.Id) is { } document)
            {
                OutboxMapping.SetProgress(document, item);
                context.Outbox.Update(document);
            }
        }
        return Task.CompletedTask;
    }

    public Task<PaperId?> PaperForMessageAsync(string platform, string messageId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = context.Messages.FindById(DocumentKeys.Message(platform, messageId));
        return Task.FromResult(document is null ? (PaperId?)null : new PaperId(document.Paper));
    }

    public Task<int> ForgetTargetAsync(string targetKey, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult(context.InTransaction(() =>
                context.Received.DeleteMany(Query.EQ(nameof(ReceivedDocument.TargetKey), targetKey))
                + context.Messages.DeleteMany(Query.EQ(nameof(MessageDocument.TargetKey), targetKey))
                + context.Outbox.DeleteMany(Query.EQ(nameof(OutboxDocument.TargetKey), targetKey))));
        }
    }

    /// <summary>Pending items due at <paramref name="now"/>, oldest first: a range of the pending index, read in its own order.</summary>
    internal static ILiteQueryable<OutboxDocument> PendingQuery(ILiteCollection<OutboxDocument> outbox, DateTimeOffset now) =>
        outbox.Query()
            .Where(Query.Between(nameof(OutboxDocument.PendingTicks), 0L, StoredTime.SortKey(now)))
            .OrderBy(nameof(OutboxDocument.PendingTicks));
}
