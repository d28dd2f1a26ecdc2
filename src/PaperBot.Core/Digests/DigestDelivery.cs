using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core.Monitoring;

namespace PaperBot.Core.Digests;

/// <summary>Sends queued digests through their platform, part by part. Each part is recorded as soon as the platform took it,
/// and sent with a delivery key that says whether an earlier attempt may have sent it, so that a restart at any point neither
/// loses a part nor posts it twice. Every platform is its own lane: a platform that is unavailable (a global rate limit, an
/// outage) pauses only its own queue and charges no digest an attempt, while the others keep delivering. Transient failures
/// of one digest back off and retry; permanent ones pause the subscription with the reason.</summary>
public sealed class DigestDelivery(
    IDigestLedger ledger,
    ISubscriptionStore subscriptions,
    IEnumerable<IChatPlatform> platforms,
    TimeProvider time,
    IOptions<DigestOptions> options,
    PaperBotMetrics metrics,
    ILogger<DigestDelivery> logger)
{
    private static readonly TimeSpan DefaultPause = TimeSpan.FromSeconds(30);

    private readonly Dictionary<string, IChatPlatform> byName = platforms.ToDictionary(p => p.Platform, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> pausedUntil = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Platforms => byName.Keys;

    /// <summary>Until when a platform's lane waits after the platform said it is unavailable; null while it delivers.</summary>
    public DateTimeOffset? PausedUntil(string platform) =>
        pausedUntil.TryGetValue(platform, out var until) && until > time.GetUtcNow() ? until : null;

    /// <summary>Ends a platform's pause early, once it is connected again.</summary>
    public void Resume(string platform) => pausedUntil.TryRemove(platform, out _);

    /// <summary>Works through the due outbox items of every platform, the platforms side by side; returns how many were completed.</summary>
    public async Task<int> DeliverPendingAsync(int limit = 500, CancellationToken cancellationToken = default)
    {
        var pending = await ledger.PendingAsync(time.GetUtcNow(), limit, cancellationToken: cancellationToken);
        var lanes = pending.GroupBy(i => i.Target.Platform, StringComparer.Ordinal).Select(async lane =>
            byName.TryGetValue(lane.Key, out var platform)
                ? await DeliverAsync(platform, lane.ToList(), CancellationToken.None, cancellationToken)
                : await NotConnectedAsync(lane.Key, lane.ToList(), cancellationToken));
        return (await Task.WhenAll(lanes)).Sum();
    }

    /// <summary>Works through the due outbox items of one platform (its lane); returns how many were completed.</summary>
    /// <param name="stopping">Once cancelled, no further digest is begun, while those under way finish: a shutdown that
    /// waits for them. <paramref name="cancellationToken"/> abandons those too, leaving them pending for the next start.</param>
    public async Task<int> DeliverPendingAsync(string platform, int limit = 500, CancellationToken stopping = default, CancellationToken cancellationToken = default)
    {
        if (!byName.TryGetValue(platform, out var chat) || PausedUntil(platform) is not null || stopping.IsCancellationRequested)
            return 0;
        return await DeliverAsync(chat, await ledger.PendingAsync(time.GetUtcNow(), limit, platform, cancellationToken), stopping, cancellationToken);
    }

    private async Task<int> DeliverAsync(IChatPlatform platform, IReadOnlyList<OutboxItem> items, CancellationToken stopping, CancellationToken cancellationToken)
    {
        var delivered = 0;
        // One target's digests go in order (an old occurrence before a new one); different targets go side by side.
        var byTarget = items.GroupBy(i => i.Target.Key, StringComparer.Ordinal).Select(g => g.OrderBy(i => i.Occurrence).ToList());
        await Parallel.ForEachAsync(byTarget, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, platform.ParallelDeliveries), CancellationToken = cancellationToken }, async (target, ct) =>
        {
            foreach (var item in target)
            {
                if (PausedUntil(platform.Platform) is not null || stopping.IsCancellationRequested)
                    return;
                var state = await DeliverAsync(platform, item, ct);
                if (state == OutboxState.Delivered)
                    Interlocked.Increment(ref delivered);
                else
                    return;
            }
        });
        return delivered;
    }

    private async Task<OutboxState> DeliverAsync(IChatPlatform platform, OutboxItem item, CancellationToken cancellationToken)
    {
        // Written before the first send: after a crash, the next attempt knows that any unrecorded part may have been posted.
        var earlier = item.LastAttemptAt;
        item = item with { LastAttemptAt = time.GetUtcNow() };
        await ledger.UpdateAsync(item, cancellationToken);

        for (var part = 0; part < item.Parts.Count; part++)
        {
            if (item.Delivered.ContainsKey(part))
                continue;
            var outcome = await platform.SendAsync(item.Target, item.Parts[part], new DeliveryKey(item.IdempotencyKey(part), earlier), cancellationToken);
            switch (outcome.Status)
            {
                case DeliveryStatus.Sent when outcome.Message is { } message:
                    // The message exists now: recorded even when the shutdown gives up on the rest, or it would be sent again.
                    await ledger.RecordDeliveryAsync(item.Id, part, message, item.Parts[part].Card?.Paper, CancellationToken.None);
                    break;
                case DeliveryStatus.Permanent:
                    return await FailAsync(item, outcome.Error ?? "the platform refused the digest", cancellationToken);
                case DeliveryStatus.PlatformUnavailable:
                    return await PausePlatformAsync(platform.Platform, item, outcome, cancellationToken);
                default:
                    return await RetryLaterAsync(item, outcome, cancellationToken);
            }
        }
        await ledger.UpdateAsync(item with { State = OutboxState.Delivered, LastError = null }, CancellationToken.None);
        metrics.DigestDelivered(platform.Platform, item.Occurrence);
        logger.LogInformation("Delivered digest {Digest} ({Parts} messages)", item.Id, item.Parts.Count);
        return OutboxState.Delivered;
    }

    private async Task<OutboxState> PausePlatformAsync(string platform, OutboxItem item, DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow() + (outcome.RetryAfter ?? DefaultPause);
        pausedUntil.AddOrUpdate(platform, until, (_, known) => known > until ? known : until);
        logger.LogWarning("Deliveries to {Platform} pause until {Until:O}: {Error}", platform, until, outcome.Error);
        // The lane's pause holds the item back; it stays due, so that a platform back early (connected) takes it at once.
        await ledger.UpdateAsync(item with { LastError = outcome.Error }, cancellationToken);
        return OutboxState.Pending;
    }

    private async Task<OutboxState> RetryLaterAsync(OutboxItem item, DeliveryOutcome outcome, CancellationToken cancellationToken)
    {
        var attempts = item.Attempts + 1;
        if (attempts >= options.Value.MaxAttempts)
            return await FailAsync(item, $"gave up after {attempts} attempts: {outcome.Error}", cancellationToken);
        var backoff = options.Value.RetryDelay * Math.Pow(2, attempts - 1);
        var wait = outcome.RetryAfter is { } asked && asked > backoff ? asked : backoff;
        logger.LogWarning("Digest {Digest} will be retried in {Wait}: {Error}", item.Id, wait, outcome.Error);
        await ledger.UpdateAsync(item with { Attempts = attempts, NextAttemptAt = time.GetUtcNow() + wait, LastError = outcome.Error }, cancellationToken);
        return OutboxState.Pending;
    }

    private async Task<int> NotConnectedAsync(string platform, IReadOnlyList<OutboxItem> items, CancellationToken cancellationToken)
    {
        foreach (var item in items)
            await FailAsync(item, $"PaperBot is not connected to {platform}", cancellationToken);
        return 0;
    }

    private async Task<OutboxState> FailAsync(OutboxItem item, string reason, CancellationToken cancellationToken)
    {
        logger.LogWarning("Digest {Digest} failed for good and its subscription is paused: {Reason}", item.Id, reason);
        await ledger.UpdateAsync(item with { State = OutboxState.Failed, LastError = reason }, cancellationToken);
        metrics.DigestFailed(item.Target.Platform);
        if (await subscriptions.FindAsync(item.SubscriptionId, cancellationToken) is { } subscription)
            await subscriptions.SaveAsync(subscription with { PausedReason = reason, LastOutcome = $"paused: {reason}" }, cancellationToken);
        return OutboxState.Failed;
    }
}
