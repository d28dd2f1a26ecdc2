namespace PaperBot.Discord.Rest.RateLimits;

/// <summary>Keeps the bot under Discord's global limit (requests per second per bot) in one-second windows, and
/// holds every request back after a global 429.</summary>
internal sealed class GlobalRateLimiter(int requestsPerSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);
    private readonly Lock gate = new();
    private DateTimeOffset windowStart = DateTimeOffset.MinValue;
    private int used;
    private DateTimeOffset pausedUntil;

    public TimeSpan TryAcquire(DateTimeOffset now)
    {
        lock (gate)
        {
            if (pausedUntil > now)
                return pausedUntil - now;
            if (now >= windowStart + Window)
            {
                windowStart = now;
                used = 0;
            }
            if (used >= requestsPerSecond)
                return windowStart + Window - now;
            used++;
            return TimeSpan.Zero;
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
