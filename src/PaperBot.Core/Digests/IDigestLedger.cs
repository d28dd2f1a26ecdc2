using PaperBot.Core.Chat;
using PaperBot.Core.Papers;

namespace PaperBot.Core.Digests;

/// <summary>What each target has received, and the outbox of digests on their way. Writes that belong together happen in one transaction.</summary>
public interface IDigestLedger
{
    /// <summary>Every paper the target has received or has queued.</summary>
    Task<IReadOnlySet<PaperId>> ReceivedAsync(string targetKey, CancellationToken cancellationToken = default);

    /// <summary><see cref="ReceivedAsync"/> for many targets in one read (a dispatcher round's due subscriptions); every
    /// key asked for is in the answer, with an empty set when the target has received nothing.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlySet<PaperId>>> ReceivedByTargetAsync(IReadOnlyCollection<string> targetKeys, CancellationToken cancellationToken = default);

    /// <summary>In one transaction: the outbox item (unless one with its id exists), its papers recorded as sent to the target,
    /// and the subscription's new state (null for a digest on demand to a target with no subscription: nothing to update).
    /// Returns false when the item already existed: then nothing changes, except that a stored subscription still due at
    /// or before the item's occurrence takes the new state, so that it is not found due again and again.</summary>
    Task<bool> CommitDigestAsync(OutboxItem item, IReadOnlyCollection<PaperId> papers, Subscription? updated, CancellationToken cancellationToken = default);

    /// <summary>Many digests in one transaction, each as <see cref="CommitDigestAsync"/> would write it: a digest whose item
    /// already exists is not written again (see <see cref="CommitDigestAsync"/>), the others are all written, or (on failure) none of them. Returns how many were written.</summary>
    Task<int> CommitDigestsAsync(IReadOnlyList<DigestCommit> digests, CancellationToken cancellationToken = default);

    /// <summary>Pending items whose next attempt is due, oldest first; only those to <paramref name="platform"/> when one is named.</summary>
    Task<IReadOnlyList<OutboxItem>> PendingAsync(DateTimeOffset now, int limit, string? platform = null, CancellationToken cancellationToken = default);

    Task<OutboxItem?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Records that one part reached the platform, and for a card which paper that message shows.</summary>
    Task RecordDeliveryAsync(string outboxId, int part, MessageRef message, PaperId? paper, CancellationToken cancellationToken = default);

    /// <summary>Stores the item's state, attempts, next and last attempt and error (not its delivered parts: see <see cref="RecordDeliveryAsync"/>).</summary>
    Task UpdateAsync(OutboxItem item, CancellationToken cancellationToken = default);

    /// <summary>The paper a posted digest message shows, so that a reaction on it rates the right paper.</summary>
    Task<PaperId?> PaperForMessageAsync(MessageRef message, CancellationToken cancellationToken = default);

    /// <summary>Deletes what the target received and its outbox (forget-me); returns how many documents went.</summary>
    Task<int> ForgetTargetAsync(string targetKey, CancellationToken cancellationToken = default);
}
