namespace PaperBot.Discord.Rest.RateLimits;

/// <summary>Keeps the bot under Discord's global limit (requests per second per bot) and holds every request back after
/// a global 429. A request goes only when fewer than the limit went in the last second plus <see cref="Margin"/> (a
/// sliding window over the send times): Discord counts arrivals in its own windows, which a client window cannot line
/// up with, and a window-sized burst sent the instant the client's window turned landed partly in Discord's previous,
/// full one. With fixed client windows the delivery benchmark drew a global 429 for one request in six at 64 deliveries
/// side by side (docs/benchmarks.md, Discord); the margin absorbs how much sooner one request arrives than another.</summary>
internal sealed class GlobalRateLimiter(int requestsPerSecond)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    /// <summary>How much longer than a second the last <c>requestsPerSecond</c> sends must span.</summary>
    internal static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(50);

    private readonly Lock gate = new();
    private readonly Queue<DateTimeOffset> sent = new();
    private DateTimeOffset pausedUntil;

    public TimeSpan TryAcquire(DateTimeOffset now)
    {
        lock (gate)
        {
            if (pausedUntil > now)
                return pausedUntil - now;
            if (sent.Count >= requestsPerSecond)
            {
                var free = sent.Peek() + Window + Margin;
                if (free > now)
                    return free - now;
                sent.Dequeue();
            }
            sent.Enqueue(now);
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
