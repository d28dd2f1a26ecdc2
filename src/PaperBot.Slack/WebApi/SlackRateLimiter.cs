namespace PaperBot.Slack.WebApi;

/// <summary>
/// Paces calls of one workspace (one bot token) before they are sent: each method by its tier, and chat.postMessage
/// also per channel and workspace-wide. A 429 blocks only its method for Retry-After. Pure: time comes from the
/// TimeProvider and <see cref="Reserve"/> says how long to wait, so the logic is tested with a fake clock.
/// </summary>
/// <remarks>
/// Each limit is a GCRA bucket (a token bucket kept as one "next free time"). Bursts are a fifth of a minute's
/// allowance, so a sliding minute never exceeds the tier by more than a fifth; Slack's tiers read "20+/min".
/// </remarks>
internal sealed class SlackRateLimiter(SlackRateLimitOptions options, TimeProvider time)
{
    public const string PostMessage = "chat.postMessage";
    private const int PruneAbove = 2048;

    private readonly Lock gate = new();
    private readonly Dictionary<string, Bucket> buckets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> blockedUntil = new(StringComparer.Ordinal);

    public SlackRateLimitOptions Options => options;

    /// <summary>Takes a slot for one call of <paramref name="method"/> and returns how long to wait before sending it.</summary>
    public TimeSpan Reserve(string method, string? channel = null)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            var keys = KeysFor(method, channel);
            var sendAt = now;
            if (blockedUntil.TryGetValue(method, out var blocked) && blocked > sendAt)
            {
                sendAt = blocked;
            }

            foreach (var (key, limit) in keys)
            {
                var earliest = Get(key, limit).EarliestAt(now);
                if (earliest > sendAt)
                {
                    sendAt = earliest;
                }
            }

            foreach (var (key, limit) in keys)
            {
                Get(key, limit).Take(sendAt);
            }

            Prune(now);
            return sendAt - now;
        }
    }

    /// <summary>Slack answered 429 (or <c>ratelimited</c>): no call of this method before Retry-After has passed.</summary>
    public void BlockMethod(string method, TimeSpan retryAfter)
    {
        lock (gate)
        {
            var until = time.GetUtcNow() + retryAfter;
            if (!blockedUntil.TryGetValue(method, out var current) || current < until)
            {
                blockedUntil[method] = until;
            }
        }
    }

    public async ValueTask WaitAsync(string method, string? channel, CancellationToken cancellationToken = default)
    {
        var wait = Reserve(method, channel);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private List<(string Key, Limit Limit)> KeysFor(string method, string? channel)
    {
        if (method == PostMessage)
        {
            var keys = new List<(string, Limit)>(2)
            {
                ("w:" + PostMessage, Limit.PerMinute(options.PostsPerMinutePerWorkspace)),
            };
            if (channel is not null)
            {
                var perSecond = Math.Max(options.PostsPerSecondPerChannel, 0.001);
                keys.Add(("c:" + channel, new Limit(TimeSpan.FromSeconds(1 / perSecond), Math.Max(1, options.PostBurstPerChannel))));
            }

            return keys;
        }

        var tier = options.MethodTiers.TryGetValue(method, out var t) ? t : options.DefaultTier;
        return [("m:" + method, Limit.PerMinute(options.PerMinute(tier)))];
    }

    private Bucket Get(string key, Limit limit)
    {
        if (!buckets.TryGetValue(key, out var bucket))
        {
            bucket = new Bucket();
            buckets[key] = bucket;
        }

        bucket.Limit = limit;
        return bucket;
    }

    // Per-channel buckets come and go with channels; forget the ones that are back to full.
    private void Prune(DateTimeOffset now)
    {
        if (buckets.Count <= PruneAbove)
        {
            return;
        }

        foreach (var key in buckets.Where(b => b.Value.NextFree <= now).Select(b => b.Key).ToList())
        {
            buckets.Remove(key);
        }
    }

    private readonly record struct Limit(TimeSpan Interval, int Burst)
    {
        public static Limit PerMinute(int perMinute)
        {
            var count = Math.Max(1, perMinute);
            return new Limit(TimeSpan.FromMinutes(1) / count, Math.Max(1, count / 5));
        }

        public TimeSpan Tolerance => Interval * (Burst - 1);
    }

    private sealed class Bucket
    {
        public Limit Limit { get; set; }

        /// <summary>When the bucket would be full again ("theoretical arrival time").</summary>
        public DateTimeOffset NextFree { get; private set; } = DateTimeOffset.MinValue;

        public DateTimeOffset EarliestAt(DateTimeOffset now)
        {
            var earliest = NextFree == DateTimeOffset.MinValue ? now : NextFree - Limit.Tolerance;
            return earliest > now ? earliest : now;
        }

        public void Take(DateTimeOffset sendAt) => NextFree = (NextFree > sendAt ? NextFree : sendAt) + Limit.Interval;
    }
}
