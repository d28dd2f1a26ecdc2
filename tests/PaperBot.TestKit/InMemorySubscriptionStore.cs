using PaperBot.Core.Digests;
using PaperBot.Core.Users;

namespace PaperBot.TestKit;

/// <summary>Subscriptions in a dictionary, with the LiteDB store's semantics: due ones earliest first, paused ones never due.</summary>
public sealed class InMemorySubscriptionStore : ISubscriptionStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Subscription> byId = new(StringComparer.Ordinal);

    public Task<Subscription?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
            return Task.FromResult(byId.GetValueOrDefault(id));
    }

    public Task SaveAsync(Subscription subscription, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Put(subscription);
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
            return Task.FromResult(byId.Remove(id));
    }

    public Task<IReadOnlyList<Subscription>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            IReadOnlyList<Subscription> due = byId.Values.Where(s => !s.IsPaused && s.NextDue <= now)
                .OrderBy(s => s.NextDue)
                .ThenBy(s => s.Id, StringComparer.Ordinal)
                .Take(limit)
                .ToList();
            return Task.FromResult(due);
        }
    }

    /// <summary>Owned or received, in id order.</summary>
    public Task<IReadOnlyList<Subscription>> ForUserAsync(UserRef user, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            IReadOnlyList<Subscription> subscriptions = byId.Values.Where(s => s.Owner == user || s.Target.Person == user)
                .OrderBy(s => s.Id, StringComparer.Ordinal)
                .ToList();
            return Task.FromResult(subscriptions);
        }
    }

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
            return Task.FromResult(byId.Values.Where(s => !s.IsPaused).MinBy(s => s.NextDue)?.NextDue);
    }

    internal Subscription? Find(string id)
    {
        lock (gate)
            return byId.GetValueOrDefault(id);
    }

    /// <summary>Stores a subscription at once, for <see cref="InMemoryDigestLedger"/> to do so under its own lock.</summary>
    internal void Put(Subscription subscription)
    {
        lock (gate)
            byId[subscription.Id] = subscription;
    }
}
