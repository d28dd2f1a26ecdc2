using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace PaperBot.Discord.Rest.RateLimits;

/// <summary>Discord's per-route buckets and the global limit, learned from response headers (Rate Limits page).
/// A bucket is keyed by its hash plus the top-level resource; until a route's hash is known, by method, route
/// template and that resource.</summary>
internal sealed class RestRateLimiter(TimeProvider time, int globalRequestsPerSecond)
{
    private readonly ConcurrentDictionary<string, string> bucketHashByRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> buckets = new(StringComparer.Ordinal);
    private readonly GlobalRateLimiter global = new(globalRequestsPerSecond);

    public async Task AcquireAsync(DiscordRoute route, CancellationToken ct)
    {
        // The bucket first: a request that must wait for its bucket should not hold a global slot meanwhile.
        await WaitForAsync(BucketFor(route).TryAcquire, ct);
        if (!route.ExemptFromGlobalLimit)
            await WaitForAsync(global.TryAcquire, ct);
    }

    /// <summary>Learns the bucket and its remaining count from any answer, 429s included.</summary>
    public void Observe(DiscordRoute route, HttpResponseHeaders headers)
    {
        var hash = Header(headers, "X-RateLimit-Bucket");
        if (hash is not null)
            bucketHashByRoute[route.RouteKey] = hash;
        if (int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)
            && double.TryParse(Header(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter))
        {
            BucketFor(route).Update(remaining, TimeSpan.FromSeconds(resetAfter), time.GetUtcNow());
        }
    }

    public void PauseRoute(DiscordRoute route, TimeSpan retryAfter) => BucketFor(route).PauseUntil(time.GetUtcNow() + retryAfter);

    public void PauseAll(TimeSpan retryAfter) => global.PauseUntil(time.GetUtcNow() + retryAfter);

    private RateLimitBucket BucketFor(DiscordRoute route)
    {
        var key = bucketHashByRoute.TryGetValue(route.RouteKey, out var hash)
            ? hash + ":" + route.MajorParameter
            : route.RouteKey + ":" + route.MajorParameter;
        return buckets.GetOrAdd(key, static _ => new RateLimitBucket());
    }

    private async Task WaitForAsync(Func<DateTimeOffset, TimeSpan> tryAcquire, CancellationToken ct)
    {
        for (var wait = tryAcquire(time.GetUtcNow()); wait > TimeSpan.Zero; wait = tryAcquire(time.GetUtcNow()))
            await Task.Delay(wait, time, ct);
    }

    internal static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
