using Microsoft.Extensions.Logging;

namespace PaperBot.Discord.Gateway;

/// <summary>
/// Paces Identify across shards: at most one per 5 s in each bucket (shard_id % max_concurrency), and none while
/// session_start_limit.remaining is 0 until reset_after has passed (overrunning the daily limit resets the token).
/// </summary>
internal sealed class IdentifyGate(TimeProvider time, ILogger logger, TimeSpan concurrencyWindow)
{
    public static readonly TimeSpan DefaultConcurrencyWindow = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan DailyWindow = TimeSpan.FromHours(24);

    private readonly Lock gate = new();
    private readonly Dictionary<int, DateTimeOffset> nextFreeByBucket = [];
    private int maxConcurrency = 1;
    private int total = 1000;
    private int remaining = 1000;
    private DateTimeOffset resetAt;

    public IdentifyGate(TimeProvider time, ILogger logger)
        : this(time, logger, DefaultConcurrencyWindow)
    {
    }

    public void Update(SessionStartLimit limit)
    {
        lock (gate)
        {
            maxConcurrency = Math.Max(1, limit.MaxConcurrency);
            total = limit.Total;
            remaining = limit.Remaining;
            resetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(limit.ResetAfterMilliseconds);
        }
    }

    /// <summary>Reserves this shard's next Identify slot and waits for it.</summary>
    public async Task WaitTurnAsync(int shardId, CancellationToken cancellationToken = default)
    {
        TimeSpan wait;
        var exhausted = false;
        lock (gate)
        {
            var now = time.GetUtcNow();
            var slot = now;
            if (remaining <= 0)
            {
                if (resetAt > now)
                {
                    slot = resetAt;
                    exhausted = true;
                }

                remaining = total;
                resetAt = slot + DailyWindow;
            }

            var bucket = shardId % maxConcurrency;
            if (nextFreeByBucket.TryGetValue(bucket, out var nextFree) && nextFree > slot)
            {
                slot = nextFree;
            }

            nextFreeByBucket[bucket] = slot + concurrencyWindow;
            remaining--;
            wait = slot - now;
        }

        if (exhausted)
        {
            logger.LogWarning("Discord session start limit used up; shard {Shard} waits {Wait:0} s (reset_after) before identifying", shardId, wait.TotalSeconds);
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>Counts the 5 s window from the actual send, which can come later than the reserved slot.</summary>
    public void MarkSent(int shardId)
    {
        lock (gate)
        {
            var bucket = shardId % maxConcurrency;
            var afterThis = time.GetUtcNow() + concurrencyWindow;
            if (!nextFreeByBucket.TryGetValue(bucket, out var nextFree) || nextFree < afterThis)
            {
                nextFreeByBucket[bucket] = afterThis;
            }
        }
    }
}
