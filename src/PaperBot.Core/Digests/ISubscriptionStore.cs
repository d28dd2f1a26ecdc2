using PaperBot.Core.Users;

namespace PaperBot.Core.Digests;

public interface ISubscriptionStore
{
    Task<Subscription?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces the subscription of its target.</summary>
    Task SaveAsync(Subscription subscription, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Active subscriptions whose <see cref="Subscription.NextDue"/> is at or before <paramref name="now"/>, earliest first,
    /// found through an index so the cost does not grow with the subscriptions that are not due.</summary>
    Task<IReadOnlyList<Subscription>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default);

    /// <summary>The subscriptions a person owns or receives (for export and forget-me).</summary>
    Task<IReadOnlyList<Subscription>> ForUserAsync(UserRef user, CancellationToken cancellationToken = default);

    /// <summary>The earliest next-due instant among active subscriptions, for <c>/papers status</c> and the scheduler.</summary>
    Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken = default);
}
