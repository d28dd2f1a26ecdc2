using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace PaperBot.Discord.Fake.Rest;

/// <summary>Fixed windows per key, as Discord's headers describe them: limit, remaining, reset-after.</summary>
internal sealed class FakeRateLimits(TimeProvider time)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Window> windows = new(StringComparer.Ordinal);

    /// <summary>Counts one request against <paramref name="key"/>; false when the window is already full.</summary>
    public (bool Allowed, int Remaining, TimeSpan ResetAfter) Take(string key, int limit, TimeSpan length)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (!windows.TryGetValue(key, out var window) || now >= window.Start + length)
                windows[key] = window = new Window(now, 0);
            var resetAfter = window.Start + length - now;
            if (window.Used >= limit)
                return (false, 0, resetAfter);
            windows[key] = window with { Used = window.Used + 1 };
            return (true, limit - window.Used - 1, resetAfter);
        }
    }

    public void WriteBucketHeaders(HttpResponse response, string bucket, int limit, int remaining, TimeSpan resetAfter)
    {
        var reset = (time.GetUtcNow() + resetAfter).ToUnixTimeMilliseconds() / 1000.0;
        response.Headers["X-RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset"] = reset.ToString("0.000", CultureInfo.InvariantCulture);
        // Rounded up to the millisecond, so a client that waits exactly this long is never early.
        response.Headers["X-RateLimit-Reset-After"] = (Math.Ceiling(resetAfter.TotalMilliseconds) / 1000).ToString("0.000", CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Bucket"] = bucket;
    }

    private readonly record struct Window(DateTimeOffset Start, int Used);
}
