using System.Globalization;
using System.Text.Json;
using PaperBot.Discord.Rest.RateLimits;
using PaperBot.Discord.Rest.Wire;

namespace PaperBot.Discord.Rest;

/// <summary>A 429, read as the Rate Limits page describes: the body's <c>retry_after</c> (float seconds) and
/// <c>global</c>, else the <c>Retry-After</c> header; the scope from <c>X-RateLimit-Scope</c>.</summary>
internal sealed record RateLimitedAnswer(TimeSpan RetryAfter, bool IsGlobal, string Scope, string? Message)
{
    /// <summary>When Discord gives no wait at all, wait a little rather than hammer it.</summary>
    private static readonly TimeSpan Fallback = TimeSpan.FromSeconds(1);

    public static RateLimitedAnswer Read(HttpResponseMessage response, string body)
    {
        WireError? error = null;
        try
        {
            error = string.IsNullOrWhiteSpace(body) ? null : JsonSerializer.Deserialize<WireError>(body, DiscordJson.Options);
        }
        catch (JsonException)
        {
        }
        var scope = RestRateLimiter.Header(response.Headers, "X-RateLimit-Scope");
        var global = error?.Global == true
            || string.Equals(RestRateLimiter.Header(response.Headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase)
            || string.Equals(scope, "global", StringComparison.OrdinalIgnoreCase);
        var retryAfter = error?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds)
            : response.Headers.RetryAfter?.Delta
            ?? (double.TryParse(RestRateLimiter.Header(response.Headers, "Retry-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var header)
                ? TimeSpan.FromSeconds(header)
                : Fallback);
        return new(retryAfter, global, scope ?? (global ? "global" : "user"), error?.Message);
    }
}
