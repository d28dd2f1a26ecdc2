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
            while (order.Count > 0 && now - order.Peek().At > maxAge)
            {
                Forget(order.Dequeue());
            }

            if (seen.ContainsKey(id))
            {
                return false;
            }

            while (order.Count >= capacity)
            {
                Forget(order.Dequeue());
            }

            seen[id] = now;
            order.Enqueue((id, now));
            return true;
        }
    }

    private void Forget((string Id, DateTimeOffset At) entry)
    {
        if (seen.TryGetValue(entry.Id, out var stored) && stored == entry.At)
        {
            seen.Remove(entry.Id);
        }
    }
}
