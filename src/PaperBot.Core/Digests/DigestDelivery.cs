using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PaperBot.Core.Digests;

/// <summary>Sends queued digests through their platform, part by part. Each part is recorded as soon as the platform took it,
/// and sent with an idempotency key, so that a restart at any point neither loses a part nor posts it twice. Transient
/// failures back off and retry; permanent ones pause the subscription with the reason.</summary>
public sealed class DigestDelivery(
    IDigestLedger ledger,
    ISubscriptionStore subscriptions,
    IEnumerable<IChatPlatform> platforms,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestDelivery> logger)
{
    private readonly Dictionary<string, IChatPlatform> byName = platforms.ToDictionary(p => p.Platform, StringComparer.Ordinal);

    /// <summary>Works through the due outbox items; returns how many were completed.</summary>
    public async Task<int> DeliverPendingAsync(int limit = 500, CancellationToken cancellationToken = default)
    {
        var delivered = 0;
        foreach (var item in await ledger.PendingAsync(time.GetUtcNow(), limit, cancellationToken))
        {
            if (await DeliverAsync(item, cancellationToken) == OutboxState.Delivered)
                delivered++;
        }
        return delivered;
    }

    private async Task<OutboxState> DeliverAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        if (!byName.TryGetValue(item.Target.Platform, out var platform))
            return await FailAsync(item, $"PaperBot is not connected to {item.Target.Platform}", cancellationToken);

        for (var part = 0; part < item.Parts.Count; part++)
        {
            if (item.Delivered.ContainsKey(part))
                continue;
            var outcome = await platform.SendAsync(item.Target, item.Parts[part], item.IdempotencyKey(part), cancellationToken);
            switch (outcome.Status)
            {
                case DeliveryStatus.Sent:
                    await ledger.RecordDeliveryAsync(item.Id, part, outcome.MessageId ?? "", item.Parts[part].Card?.Paper, cancellationToken);
                    break;
                case DeliveryStatus.Permanent:
                    return await FailAsync(item, outcome.Error ?? "the platform refused the digest", cancellationToken);
                default:
                    return await RetryLaterAsync(item, outcome, cancellationToken);
            }
        }
        await ledger.UpdateAsync(item with { State = OutboxState.Delivered, LastError = null }, cancellationToken);
        logger.LogInformation("Delivered digest {Digest} ({Parts} messages)", item.Id, item.Parts.Count);
        return OutboxState.Delivered;
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

    private async Task<OutboxState> FailAsync(OutboxItem item, string reason, CancellationToken cancellationToken)
    {
        logger.LogWarning("Digest {Digest} failed for good and its subscription is paused: {Reason}", item.Id, reason);
        await ledger.UpdateAsync(item with { State = OutboxState.Failed, LastError = reason }, cancellationToken);
        if (await subscriptions.FindAsync(item.SubscriptionId, cancellationToken) is { } subscription)
            await subscriptions.SaveAsync(subscription with { PausedReason = reason, LastOutcome = $"paused: {reason}" }, cancellationToken);
        return OutboxState.Failed;
    }
}
