using LiteDB;
using PaperBot.Core.Digests;
using PaperBot.Core.Users;
using PaperBot.Storage.LiteDb.Documents;

namespace PaperBot.Storage.LiteDb.Digests;

/// <summary>Subscriptions in the <c>subscriptions</c> collection, one per target. Due ones are read from the index on
/// <see cref="SubscriptionDocument.DueTicks"/>, which holds active subscriptions only.</summary>
public sealed class LiteDbSubscriptionStore(LiteDbContext context) : ISubscriptionStore
{
    public Task<Subscription?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = context.Subscriptions.FindById(id);
        return Task.FromResult(document is null ? null : SubscriptionMapping.ToSubscription(document));
    }

    public Task SaveAsync(Subscription subscription, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        context.Subscriptions.Upsert(SubscriptionMapping.ToDocument(subscription));
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(context.Subscriptions.Delete(id));
    }

    public Task<IReadOnlyList<Subscription>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        cancellationToken.ThrowIfCancellationRequested();
        if (limit == 0)
            return Task.FromResult<IReadOnlyList<Subscription>>([]);
        IReadOnlyList<Subscription> due = DueQuery(context.Subscriptions, now).Limit(limit).ToList()
            .Select(SubscriptionMapping.ToSubscription)
            .ToList();
        return Task.FromResult(due);
    }

    /// <summary>Owned or received, in id order; two index lookups, since LiteDB answers an <c>OR</c> of two fields with a scan.</summary>
    public Task<IReadOnlyList<Subscription>> ForUserAsync(UserRef user, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var key = DocumentKeys.User(user);
        var owned = context.Subscriptions.Find(BoundQuery.Equal(nameof(SubscriptionDocument.OwnerKey), key));
        var received = context.Subscriptions.Find(BoundQuery.Equal(nameof(SubscriptionDocument.PersonKey), key));
        IReadOnlyList<Subscription> subscriptions = owned.Concat(received)
            .DistinctBy(d => d.Id, StringComparer.Ordinal)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(SubscriptionMapping.ToSubscription)
            .ToList();
        return Task.FromResult(subscriptions);
    }

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var first = context.Subscriptions.Query()
            .Where(Query.GTE(nameof(SubscriptionDocument.DueTicks), 0L))
            .OrderBy(nameof(SubscriptionDocument.DueTicks))
            .Limit(1)
            .FirstOrDefault();
        return Task.FromResult(first is null ? (DateTimeOffset?)null : StoredTime.Parse(first.NextDue));
    }

    /// <summary>Active subscriptions due at <paramref name="now"/>, earliest first: a range of the due index read in its
    /// own order, so LiteDB stops after the limit and never visits later or paused subscriptions.</summary>
    internal static ILiteQueryable<SubscriptionDocument> DueQuery(ILiteCollection<SubscriptionDocument> subscriptions, DateTimeOffset now) =>
        subscriptions.Query()
            .Where(BoundQuery.Between(nameof(SubscriptionDocument.DueTicks), 0L, StoredTime.SortKey(now)))
            .OrderBy(nameof(SubscriptionDocument.DueTicks));
}
