using PaperBot.Core.Chat;
using PaperBot.Core.Digests;
using PaperBot.Core.Papers;

namespace PaperBot.TestKit;

/// <summary>The ledger in dictionaries, with the LiteDB ledger's semantics; a commit also saves the subscription into
/// <paramref name="subscriptions"/>, all under one lock.</summary>
public sealed class InMemoryDigestLedger(InMemorySubscriptionStore subscriptions) : IDigestLedger
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Dictionary<PaperId, string>> received = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OutboxItem> outbox = new(StringComparer.Ordinal);
    private readonly Dictionary<MessageRef, SentMessage> messages = [];

    public async Task<IReadOnlySet<PaperId>> ReceivedAsync(string targetKey, CancellationToken cancellationToken = default) =>
        (await ReceivedByTargetAsync([targetKey], cancellationToken))[targetKey];

    public Task<IReadOnlyDictionary<string, IReadOnlySet<PaperId>>> ReceivedByTargetAsync(IReadOnlyCollection<string> targetKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targetKeys);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var byTarget = new Dictionary<string, IReadOnlySet<PaperId>>(StringComparer.Ordinal);
            foreach (var key in targetKeys)
                byTarget[key] = received.TryGetValue(key, out var byPaper) ? byPaper.Keys.ToHashSet() : [];
            return Task.FromResult<IReadOnlyDictionary<string, IReadOnlySet<PaperId>>>(byTarget);
        }
    }

    public async Task<bool> CommitDigestAsync(OutboxItem item, IReadOnlyCollection<PaperId> papers, Subscription? updated, CancellationToken cancellationToken = default) =>
        await CommitDigestsAsync([new DigestCommit(item, papers, updated)], cancellationToken) == 1;

    public Task<int> CommitDigestsAsync(IReadOnlyList<DigestCommit> digests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(digests);
        cancellationToken.ThrowIfCancellationRequested();
        // Read before anything changes, so that a collection that fails to enumerate leaves everything as it was.
        var recorded = digests.Select(d => (d.Item, Papers: d.Papers.ToList(), d.Updated)).ToList();
        var written = 0;
        lock (gate)
        {
            foreach (var (item, papers, updated) in recorded)
            {
                if (outbox.ContainsKey(item.Id))
                {
                    // As the LiteDB ledger: a subscription still due at an occurrence that has its digest moves past it.
                    if (updated is not null && subscriptions.Find(updated.Id) is { } stored && stored.NextDue <= item.Occurrence)
                        subscriptions.Put(updated);
                    continue;
                }
                // Copies, so that a caller changing its collections later cannot change what was stored.
                outbox[item.Id] = item with { Parts = [.. item.Parts], Delivered = new Dictionary<int, string>(item.Delivered) };
                var targetKey = item.Target.Key;
                if (!received.TryGetValue(targetKey, out var byPaper))
                    received[targetKey] = byPaper = [];
                foreach (var paper in papers)
                    byPaper[paper] = item.Id;
                if (updated is not null)
                    subscriptions.Put(updated);
                written++;
            }
        }
        return Task.FromResult(written);
    }

    public Task<IReadOnlyList<OutboxItem>> PendingAsync(DateTimeOffset now, int limit, string? platform = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            IReadOnlyList<OutboxItem> pending = outbox.Values.Where(i => i.State == OutboxState.Pending && i.NextAttemptAt <= now && (platform is null || i.Target.Platform == platform))
                .OrderBy(i => i.NextAttemptAt)
                .ThenBy(i => i.Id, StringComparer.Ordinal)
                .Take(limit)
                .ToList();
            return Task.FromResult(pending);
        }
    }

    public Task<OutboxItem?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
            return Task.FromResult(outbox.GetValueOrDefault(id));
    }

    public Task RecordDeliveryAsync(string outboxId, int part, MessageRef message, PaperId? paper, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            // An item forgotten meanwhile stays forgotten, as in the LiteDB ledger.
            if (!outbox.TryGetValue(outboxId, out var item))
                return Task.CompletedTask;
            ArgumentOutOfRangeException.ThrowIfNegative(part);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(part, item.Parts.Count);
            outbox[outboxId] = item with { Delivered = new Dictionary<int, string>(item.Delivered) { [part] = message.MessageId } };
            if (paper is { } shown && message.MessageId.Length > 0)
                messages[message] = new SentMessage(shown, item.Target.Key);
        }
        return Task.CompletedTask;
    }

    public Task UpdateAsync(OutboxItem item, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (outbox.TryGetValue(item.Id, out var stored))
                outbox[item.Id] = stored with { State = item.State, Attempts = item.Attempts, NextAttemptAt = item.NextAttemptAt, LastError = item.LastError, LastAttemptAt = item.LastAttemptAt };
        }
        return Task.CompletedTask;
    }

    public Task<PaperId?> PaperForMessageAsync(MessageRef message, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
            return Task.FromResult(messages.TryGetValue(message, out var sent) ? sent.Paper : (PaperId?)null);
    }

    public Task<int> ForgetTargetAsync(string targetKey, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var count = received.Remove(targetKey, out var papers) ? papers.Count : 0;
            foreach (var key in messages.Where(m => m.Value.TargetKey == targetKey).Select(m => m.Key).ToList())
                count += messages.Remove(key) ? 1 : 0;
            foreach (var id in outbox.Values.Where(i => i.Target.Key == targetKey).Select(i => i.Id).ToList())
                count += outbox.Remove(id) ? 1 : 0;
            return Task.FromResult(count);
        }
    }

    private sealed record SentMessage(PaperId Paper, string TargetKey);
}
