using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core.Digests.Scheduling;
using PaperBot.Core.Monitoring;
using PaperBot.Core.Papers;

namespace PaperBot.Core.Digests;

/// <summary>Turns due subscriptions into outbox items. Each digest, the papers it records as sent and the subscription's next
/// due time are written in one transaction (shared with a few other digests), so a crash either leaves all of it or none of
/// it, and running again finds nothing to redo.</summary>
public sealed class DigestDispatcher(
    ISubscriptionStore subscriptions,
    IDigestLedger ledger,
    DigestCandidates candidates,
    DigestComposer composer,
    TimeProvider time,
    IOptions<DigestOptions> options,
    PaperBotMetrics metrics,
    ILogger<DigestDispatcher> logger)
{
    // Digests written per transaction: a commit's cost is mostly per transaction, and a crash loses at most this many
    // composed (never delivered) digests, which the next round composes again.
    private const int DigestsPerCommit = 50;

    /// <summary>Rounds can come every minute; memory is given back after at most one of them per this long (each
    /// collection stops the bot for about 1.7 s at a million papers).</summary>
    private static readonly TimeSpan GiveBackAtMostEvery = TimeSpan.FromHours(1);

    private DateTimeOffset lastGiveBack = DateTimeOffset.MinValue;

    /// <summary>Creates the digests of every subscription due now; returns how many digests were queued.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var queued = 0;
        DigestCatalogue? catalogue = null;
        while (true)
        {
            var due = await subscriptions.DueAsync(now, options.Value.DispatchBatch, cancellationToken);
            if (due.Count == 0)
            {
                if (catalogue is not null && now - lastGiveBack >= GiveBackAtMostEvery && catalogue.GiveBackWhatWasRead())
                    lastGiveBack = now;
                return queued;
            }
            // One read of the catalogue serves every digest of this round, one read of the received papers every digest of the batch.
            catalogue ??= await candidates.LoadAsync(cancellationToken);
            var received = await ledger.ReceivedByTargetAsync(due.Select(s => s.Id).ToList(), cancellationToken);
            // Ranking is CPU work and the stores are thread-safe, so a batch uses every core: each worker composes a few
            // digests and commits them together while the other composes.
            await Parallel.ForEachAsync(due.Chunk(DigestsPerCommit), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, async (chunk, ct) =>
            {
                var commits = new List<DigestCommit>(chunk.Length);
                foreach (var subscription in chunk)
                {
                    if (await PrepareAsync(subscription, catalogue, received[subscription.Id], now, ct) is { } commit)
                        commits.Add(commit);
                }
                Interlocked.Add(ref queued, await ledger.CommitDigestsAsync(commits, ct));
            });
        }
    }

    /// <summary>The digest to commit for a due subscription; null when there is none to send (skipped after downtime, or empty
    /// with no notice), the subscription's new state then saved at once.</summary>
    private async Task<DigestCommit?> PrepareAsync(Subscription subscription, DigestCatalogue catalogue, IReadOnlySet<PaperId> received, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = CatchUp.Plan(subscription.Schedule, subscription.NextDue, now, options.Value.GraceWindow);
        foreach (var skipped in plan.Skipped)
            metrics.DigestSkipped(skipped.Cause);
        if (plan.Send is not { } occurrence)
        {
            logger.LogInformation("Skipped digest {Subscription}: {Reason}", subscription.Id, plan.SkipReason);
            await subscriptions.SaveAsync(subscription with { NextDue = plan.NextDue, LastOutcome = $"{subscription.Schedule.Format(now)}: skipped, {plan.SkipReason}" }, cancellationToken);
            return null;
        }

        var digest = await composer.ComposeAsync(subscription, catalogue, received, occurrence, cancellationToken);
        var outcome = (plan.SkipReason is null ? "" : $"an earlier one skipped, {plan.SkipReason}; ") + digest.Summary;
        var updated = subscription with
        {
            NextDue = plan.NextDue,
            LastDigestAt = digest.IsEmpty ? subscription.LastDigestAt : occurrence,
            LastOutcome = $"{subscription.Schedule.Format(occurrence)}: {outcome}",
        };
        if (digest.Parts.Count == 0)
        {
            metrics.DigestSkipped(SkippedDigest.Empty);
            await subscriptions.SaveAsync(updated, cancellationToken);
            return null;
        }
        var item = new OutboxItem(OutboxItem.IdFor(subscription.Id, occurrence), subscription.Id, subscription.Target, occurrence, digest.Parts,
            new Dictionary<int, string>(), OutboxState.Pending, 0, now, null, now);
        return new DigestCommit(item, digest.Papers, updated);
    }
}
