using PaperBot.Slack.WebApi;

namespace PaperBot.Slack.SocketMode;

/// <summary>
/// apps.connections.open with the app-level token (<c>xapp-…</c>, scope connections:write), called for every connect:
/// the URL it returns is single-use. Failures come as <see cref="SlackApiException"/>; the client's backoff retries.
/// </summary>
internal sealed class AppsConnectionsOpen : ISocketModeUrlSource
{
    private readonly SlackWebApiClient api;
    private readonly bool debugReconnects;

    public AppsConnectionsOpen(string appToken, HttpClient http, SlackSocketModeOptions options, TimeProvider time)
    {
        debugReconnects = options.DebugReconnects;

        // Retries belong to the client's reconnect backoff; the docs disagree on the tier (1 vs 3), so pace as Tier 3.
        api = new SlackWebApiClient(appToken, http, new SlackWebApiOptions
        {
            BaseUrl = options.WebApiBaseUrl,
            MaxRetries = 0,
            RateLimits = new SlackRateLimitOptions { DefaultTier = SlackRateTier.Tier3, MethodTiers = new Dictionary<string, SlackRateTier>() },
        }, time, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance); // the Socket Mode client logs failures itself
    }

    public async Task<Uri> OpenAsync(CancellationToken cancellationToken = default)
    {
        var root = await api.CallFormAsync("apps.connections.open", [], cancellationToken);
        var url = SlackJson.String(root, "url");
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new SlackApiException("apps.connections.open", "invalid_response", SlackErrorKind.Transient);
        }

        return debugReconnects ? new Uri(uri + (uri.Query.Length > 0 ? "&" : "?") + "debug_reconnects=true") : uri;
    }
}
