using PaperBot.Core.Chat;
using PaperBot.Core.Digests;
using PaperBot.Core.Papers;

namespace PaperBot.Host.Tests.Digests;

/// <summary>The real ledger, cut short at one point: before or after a write reaches the database.</summary>
public sealed class CrashingLedger(IDigestLedger inner, CrashPoint point, int crashPart) : IDigestLedger
{
    public Task<IReadOnlySet<PaperId>> ReceivedAsync(string targetKey, CancellationToken cancellationToken = default) => inner.ReceivedAsync(targetKey, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlySet<PaperId>>> ReceivedByTargetAsync(IReadOnlyCollection<string> targetKeys, CancellationToken cancellationToken = default) =>
        inner.ReceivedByTargetAsync(targetKeys, cancellationToken);

    public async Task<bool> CommitDigestAsync(OutboxItem item, IReadOnlyCollection<PaperId> papers, Subscription? updated, CancellationToken cancellationToken = default)
    {
        if (point == CrashPoint.BeforeDigestCommitted)
            throw new SimulatedCrashException(point.ToString());
        var committed = await inner.CommitDigestAsync(item, papers, updated, cancellationToken);
        if (point == CrashPoint.AfterDigestCommitted)
            throw new SimulatedCrashException(point.ToString());
        return committed;
    }

    public async Task<int> CommitDigestsAsync(IReadOnlyList<DigestCommit> digests, CancellationToken cancellationToken = default)
    {
        if (point == CrashPoint.BeforeDigestCommitted)
            throw new SimulatedCrashException(point.ToString());
        var committed = await inner.CommitDigestsAsync(digests, cancellationToken);
        if (point == CrashPoint.AfterDigestCommitted)
            throw new SimulatedCrashException(point.ToString());
        return committed;
    }

    public Task<IReadOnlyList<OutboxItem>> PendingAsync(DateTimeOffset now, int limit, string? platform = null, CancellationToken cancellationToken = default) => inner.PendingAsync(now, limit, platform, cancellationToken);

    public Task<OutboxItem?> FindAsync(string id, CancellationToken cancellationToken = default) => inner.FindAsync(id, cancellationToken);

    public async Task RecordDeliveryAsync(string outboxId, int part, MessageRef message, PaperId? paper, CancellationToken cancellationToken = default)
    {
        await inner.RecordDeliveryAsync(outboxId, part, message, paper, cancellationToken);
        if (point == CrashPoint.AfterPartRecorded && part == crashPart)
            throw new SimulatedCrashException(point.ToString());
    }

    public Task UpdateAsync(OutboxItem item, CancellationToken cancellationToken = default) =>
        point == CrashPoint.BeforeMarkedDelivered && item.State == OutboxState.Delivered
            ? throw new SimulatedCrashException(point.ToString())
            : inner.UpdateAsync(item, cancellationToken);

    public Task<PaperId?> PaperForMessageAsync(MessageRef message, CancellationToken cancellationToken = default) => inner.PaperForMessageAsync(message, cancellationToken);

    public Task<int> ForgetTargetAsync(string targetKey, CancellationToken cancellationToken = default) => inner.ForgetTargetAsync(targetKey, cancellationToken);
}
