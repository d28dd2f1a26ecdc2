namespace PaperBot.Discord.Rest.RateLimits;

/// <summary>What Discord last told us about one bucket (the X-RateLimit-* headers), plus a pause after a 429.</summary>
internal sealed class RateLimitBucket
{
    private readonly Lock gate = new();
    private int? remaining;
    private DateTimeOffset resetAt;
    private DateTimeOffset pausedUntil;

    /// <summary>Takes a slot, or says how long to wait before asking again.</summary>
    public TimeSpan TryAcquire(DateTimeOffset now)
    {
        lock (gate)
        {
            if (pausedUntil > now)
                return pausedUntil - now;
            if (remaining is <= 0)
            {
                if (resetAt > now)
                    return resetAt - now;
                remaining = null; // the window has reset; the next answer tells us the new count
            }
            if (remaining is not null)
                remaining--;
            return TimeSpan.Zero;
        }
    }

    public void Update(int remainingNow, TimeSpan resetAfter, DateTimeOffset now)
    {
        lock (gate)
        {
            var reset = now + resetAfter;
            // Answers to parallel requests arrive out of order: within one window, keep the lowest count.
            remaining = remaining is { } known && reset - resetAt < TimeSpan.FromMilliseconds(50) && resetAt > now
                ? Math.Min(known, remainingNow)
                : remainingNow;
            resetAt = reset;
        }
    }

    public void PauseUntil(DateTimeOffset until)
    {
        lock (gate)
        {
            if (until > pausedUntil)
                pausedUntil = until;
        }
    }
}
