using LiteDB;
using PaperBot.Core.Chat;
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

    public async Task<IReadOnlySet<PaperId>> ReceivedAsync(string targetKey, CancellationToken cancellationToken = default) =>
        (await ReceivedByTargetAsync([targetKey], cancellationToken))[targetKey];

    public Task<IReadOnlyDictionary<string, IReadOnlySet<PaperId>>> ReceivedByTargetAsync(IReadOnlyCollection<string> targetKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targetKeys);
        cancellationToken.ThrowIfCancellationRequested();
        var byTarget = new Dictionary<string, HashSet<PaperId>>(StringComparer.Ordinal);
        foreach (var key in targetKeys)
            byTarget.TryAdd(key, []);
        if (byTarget.Count > 0)
        {
            // One query: a seek of the target index per key.
            var keys = new BsonArray(byTarget.Keys.Select(key => new BsonValue(key)));
            foreach (var document in context.Received.Find(BoundQuery.In(nameof(ReceivedDocument.TargetKey), keys)))
                byTarget[document.TargetKey].Add(new PaperId(document.Paper));
        }
        IReadOnlyDictionary<string, IReadOnlySet<PaperId>> received = byTarget.ToDictionary(p => p.Key, IReadOnlySet<PaperId> (p) => p.Value, StringComparer.Ordinal);
        return Task.FromResult(received);
    }

    public async Task<bool> CommitDigestAsync(OutboxItem item, IReadOnlyCollection<PaperId> papers, Subscription? updated, CancellationToken cancellationToken = default) =>
        await CommitDigestsAsync([new DigestCommit(item, papers, updated)], cancellationToken) == 1;

    public Task<int> CommitDigestsAsync(IReadOnlyList<DigestCommit> digests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(digests);
        cancellationToken.ThrowIfCancellationRequested();
        if (digests.Count == 0)
            return Task.FromResult(0);
        lock (gate)
        {
            return Task.FromResult(context.InTransaction(() =>
            {
                var written = 0;
                foreach (var digest in digests)
                    written += Write(digest) ? 1 : 0;
                return written;
            }));
        }
    }

    public Task<IReadOnlyList<OutboxItem>> PendingAsync(DateTimeOffset now, int limit, string? platform = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        cancellationToken.ThrowIfCancellationRequested();
        if (limit == 0)
            return Task.FromResult<IReadOnlyList<OutboxItem>>([]);
        var query = PendingQuery(context.Outbox, now);
        if (platform is not null)
            query = query.Where(BsonExpression.Create("$.Target.Platform = @0", new BsonValue(platform)));
        IReadOnlyList<OutboxItem> pending = query
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
    public Task RecordDeliveryAsync(string outboxId, int part, MessageRef message, PaperId? paper, CancellationToken cancellationToken = default)
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
                document.Delivered.Add(new DeliveredPartDocument { Part = part, MessageId = message.MessageId });
                document.Delivered.Sort((a, b) => a.Part.CompareTo(b.Part));
                context.Outbox.Update(document);
                // A message without an id cannot be reacted to, so there is nothing to look up later.
                if (paper is { } shown && message.MessageId.Length > 0)
                {
                    context.Messages.Upsert(new MessageDocument
                    {
                        Id = DocumentKeys.Message(message),
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

    public Task<PaperId?> PaperForMessageAsync(MessageRef message, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = context.Messages.FindById(DocumentKeys.Message(message));
        return Task.FromResult(document is null ? (PaperId?)null : new PaperId(document.Paper));
    }

    public Task<int> ForgetTargetAsync(string targetKey, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult(context.InTransaction(() =>
                context.Received.DeleteMany(BoundQuery.Equal(nameof(ReceivedDocument.TargetKey), targetKey))
                + context.Messages.DeleteMany(BoundQuery.Equal(nameof(MessageDocument.TargetKey), targetKey))
                + context.Outbox.DeleteMany(BoundQuery.Equal(nameof(OutboxDocument.TargetKey), targetKey))));
        }
    }

    /// <summary>One digest's writes, inside the caller's transaction; false, writing nothing, when its item exists.</summary>
    private bool Write(DigestCommit digest)
    {
        var item = digest.Item;
        if (context.Outbox.FindById(item.Id) is not null)
        {
            // The occurrence has its digest already. A subscription still due at it (its time set back, or restored from
            // a backup) must move past it anyway, or every round would find it due and compose it again.
            if (digest.Updated is { } updated && context.Subscriptions.FindById(updated.Id) is { } stored
                && SubscriptionMapping.ToSubscription(stored).NextDue <= item.Occurrence)
                context.Subscriptions.Upsert(SubscriptionMapping.ToDocument(updated));
            return false;
        }
        var targetKey = item.Target.Key;
        context.Outbox.Insert(OutboxMapping.ToDocument(item));
        context.Received.Upsert(digest.Papers.Distinct().Select(paper => new ReceivedDocument
        {
            Id = DocumentKeys.Received(targetKey, paper),
            TargetKey = targetKey,
            Paper = paper.Value,
            OutboxId = item.Id,
        }));
        if (digest.Updated is not null)
            context.Subscriptions.Upsert(SubscriptionMapping.ToDocument(digest.Updated));
        return true;
    }

    /// <summary>Pending items due at <paramref name="now"/>, oldest first: a range of the pending index, read in its own order.</summary>
    internal static ILiteQueryable<OutboxDocument> PendingQuery(ILiteCollection<OutboxDocument> outbox, DateTimeOffset now) =>
        outbox.Query()
            .Where(BoundQuery.Between(nameof(OutboxDocument.PendingTicks), 0L, StoredTime.SortKey(now)))
            .OrderBy(nameof(OutboxDocument.PendingTicks));
}
