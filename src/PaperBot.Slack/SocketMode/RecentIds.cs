namespace PaperBot.Slack.SocketMode;

/// <summary>
/// Ids seen recently, for dropping duplicate deliveries (two sockets during a refresh, Slack's retries). Bounded both
/// by count and by age so memory stays flat.
/// </summary>
internal sealed class RecentIds(int capacity, TimeSpan maxAge, TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset At)> order = new();

    public int Count
    {
        get
        {
            lock (gate)
            {
                return seen.Count;
            }
        }
    }

    /// <summary>Records <paramref name="id"/>; false if it was seen within the window.</summary>
    public bool TryAdd(string id)
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            while (order.Count > 0 && (order.Count >= capacity || now - order.Peek().At > maxAge))
            {
                var (old, at) = order.Dequeue();
                if (seen.TryGetValue(old, out var stored) && stored == at)
                {
                    seen.Remove(old);
                }
            }

            if (seen.ContainsKey(id))
            {
                return false;
            }

            seen[id] = now;
            order.Enqueue((id, now));
            return true;
        }
    }
}
