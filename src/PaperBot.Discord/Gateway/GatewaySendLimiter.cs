namespace PaperBot.Discord.Gateway;

/// <summary>
/// Discord disconnects a connection that sends more than 120 payloads in 60 s. Ordinary sends stop at 110 so
/// heartbeats, which keep the connection alive, always have room. One limiter per connection.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider time)
{
    public const int MaxSendsPerWindow = 120;
    public const int MaxOrdinarySendsPerWindow = 110;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private readonly Queue<DateTimeOffset> sent = new();
    private readonly Lock gate = new();

    public bool TryAcquire(bool heartbeat, out TimeSpan retryAfter)
    {
        var limit = heartbeat ? MaxSendsPerWindow : MaxOrdinarySendsPerWindow;
        lock (gate)
        {
            var now = time.GetUtcNow();
            while (sent.Count > 0 && sent.Peek() + Window <= now)
            {
                sent.Dequeue();
            }

            if (sent.Count < limit)
            {
                sent.Enqueue(now);
                retryAfter = TimeSpan.Zero;
                return true;
            }

            // Room opens when the send that keeps us at the limit leaves the window.
            retryAfter = sent.ElementAt(sent.Count - limit) + Window - now;
            return false;
        }
    }

    public async ValueTask AcquireAsync(bool heartbeat, CancellationToken cancellationToken = default)
    {
        while (!TryAcquire(heartbeat, out var retryAfter))
        {
            await Task.Delay(retryAfter, time, cancellationToken);
        }
    }
}
