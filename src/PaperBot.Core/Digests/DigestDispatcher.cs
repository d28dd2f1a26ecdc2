using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core.Digests.Scheduling;
using PaperBot.Core.Papers;

namespace PaperBot.Core.Digests;

/// <summary>Turns due subscriptions into outbox items. Each digest, the papers it records as sent and the subscription's next
/// due time are written in one transaction, so a crash either leaves all of it or none of it, and running again finds
/// nothing to redo.</summary>
public sealed class DigestDispatcher(
    ISubscriptionStore subscriptions,
    IDigestLedger ledger,
    IPaperStore papers,
    DigestComposer composer,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestDispatcher> logger)
{
    /// <summary>Creates the digests of every subscription due now; returns how many digests were queued.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var queued = 0;
        IReadOnlyList<Paper>? catalogue = null;
        while (true)
        {
            var due = await subscriptions.DueAsync(now, options.Value.DispatchBatch, cancellationToken);
            if (due.Count == 0)
                return queued;
            // One read of the catalogue serves every digest of this round.
            catalogue ??= await papers.LoadAllAsync(cancellationToken);
            // Ranking is CPU work and the stores are thread-safe, so a batch uses every core.
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (subscription, ct) =>
            {
                if (await DispatchAsync(subscription, catalogue, now, ct))
                    Interlocked.Increment(ref queued);
            });
        }
    }

    private async Task<bool> DispatchAsync(Subscription subscription, IReadOnlyList<Paper> catalogue, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = CatchUp.Plan(subscription.Schedule, subscription.NextDue, now, options.Value.GraceWindow);
        if (plan.Send is not { } occurrence)
        {
            logger.LogInformation("Skipped digest {Subscription}: {Reason}", subscription.Id, plan.SkipReason);
            await subscriptions.SaveAsync(subscription with { NextDue = plan.NextDue, LastOutcome = $"{subscription.Schedule.Format(now)}: skipped, {plan.SkipReason}" }, cancellationToken);
            return false;
        }

        var digest = await composer.ComposeAsync(subscription, catalogue, occurrence, cancellationToken);
        var outcome = (plan.SkipReason is null ? "" : $"an earlier one skipped, {plan.SkipReason}; ") + digest.Summary;
        var updated = subscription with
        {
            NextDue = plan.NextDue,
            LastDigestAt = digest.IsEmpty ? subscription.LastDigestAt : occurrence,
            LastOutcome = $"{subscription.Schedule.Format(occurrence)}: {outcome}",
        };
        if (digest.Parts.Count == 0)
        {
            await subscriptions.SaveAsync(updated, cancellationToken);
            return false;
        }
        var item = new OutboxItem(OutboxItem.IdFor(subscription.Id, occurrence), subscription.Id, subscription.Target, occurrence, digest.Parts,
            new Dictionary<int, string>(), OutboxState.Pending, 0, now, null, now);
        return await ledger.CommitDigestAsync(item, digest.Papers, updated, cancellationToken);
    }
}
