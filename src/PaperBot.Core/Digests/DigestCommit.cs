using PaperBot.Core.Papers;

namespace PaperBot.Core.Digests;

/// <summary>What <see cref="IDigestLedger.CommitDigestsAsync"/> writes for one digest: the outbox item, its papers recorded as
/// sent to the target, and the subscription's new state (null for a digest on demand to a target with no subscription).</summary>
public sealed record DigestCommit(OutboxItem Item, IReadOnlyCollection<PaperId> Papers, Subscription? Updated);
