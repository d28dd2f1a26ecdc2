namespace PaperBot.Discord.Rest.RateLimits;

/// <summary>One request's place in Discord's rate limits. <paramref name="Template"/> names the route without ids
/// (safe to log); <paramref name="MajorParameter"/> is the top-level resource (channel, guild, webhook+token) that
/// splits a bucket. It may hold a token, so it is never logged.</summary>
internal sealed record DiscordRoute(HttpMethod Method, string Template, string Path, string MajorParameter)
{
    /// <summary>Identifies the route before Discord has told us its bucket.</summary>
    public string RouteKey => Method.Method + " " + Template;

    /// <summary>Interaction callbacks are not bound by the global limit (Rate Limits, Global Rate Limit).</summary>
    public bool ExemptFromGlobalLimit => Template.StartsWith("/interactions/", StringComparison.Ordinal);

    /// <summary>Sending these twice does no harm, so 5xx and timeouts may be retried; POSTs create things.</summary>
    public bool IsIdempotent => Method != HttpMethod.Post;

    public override string ToString() => RouteKey;
}
