using System.Collections.Concurrent;

namespace PaperBot.Discord.Hosting;

/// <summary>The last few thousand ids seen, so an event Discord delivers twice is handled once (an interaction can be
/// answered only once anyway; a second try would only fail with "already acknowledged").</summary>
internal sealed class RecentIds(int capacity = 4096)
{
    private readonly ConcurrentDictionary<string, byte> seen = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> order = new();

    /// <summary>True the first time an id is seen.</summary>
    public bool FirstTime(string id)
    {
        if (!seen.TryAdd(id, 0))
            return false;
        order.Enqueue(id);
        while (order.Count > capacity && order.TryDequeue(out var oldest))
            seen.TryRemove(oldest, out _);
        return true;
    }
}
