using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PaperBot.Core.Monitoring;
using PaperBot.Core.Users;
using PaperBot.Discord.Rest.RateLimits;
using PaperBot.Discord.Rest.Wire;

namespace PaperBot.Discord.Rest;

/// <summary>PaperBot's own client for Discord's REST API (v10): typed calls, Discord's rate limits, and failures
/// as <see cref="DiscordRestException"/>. One instance per bot token: it holds the rate-limit state and the DM
/// channel cache, so register it as a singleton.</summary>
public sealed partial class DiscordRestClient
{
    public const string HttpClientName = "PaperBot.Discord.Rest";

    private readonly HttpClient http;
    private readonly DiscordRestOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<DiscordRestClient> logger;
    private readonly PaperBotMetrics? metrics;
    private readonly RestRateLimiter rateLimiter;
    private readonly string baseUrl;
    private readonly AuthenticationHeaderValue authorization;
    private readonly ProductInfoHeaderValue[] userAgent;
    private readonly ConcurrentDictionary<ulong, ulong> dmChannelByUser = new();

    /// <param name="metrics">Where the 429s are counted; none outside the bot.</param>
    public DiscordRestClient(HttpClient http, DiscordRestOptions options, TimeProvider time, ILogger<DiscordRestClient> logger, PaperBotMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Token, "options.Token");
        this.http = http;
        this.options = options;
        this.time = time;
        this.logger = logger;
        this.metrics = metrics;
        rateLimiter = new RestRateLimiter(time, options.GlobalRequestsPerSecond);
        baseUrl = options.BaseUrl.TrimEnd('/');
        authorization = new AuthenticationHeaderValue("Bot", options.Token);
        userAgent = UserAgent(options.BotVersion);
    }

    /// <summary>The exact header Discord asks for: <c>DiscordBot ($url, $versionNumber)</c>.</summary>
    private static ProductInfoHeaderValue[] UserAgent(string version) =>
        [new("DiscordBot", null), new($"({DiscordRestOptions.ProjectUrl}, {version})")];

    private static DiscordRoute Route(HttpMethod method, string template, string major, string path) => new(method, template, path, major);

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<T> SendAsync<T>(DiscordRoute route, object? body, CancellationToken ct)
    {
        var json = await SendForJsonAsync(route, body, ct);
        return JsonSerializer.Deserialize<T>(json, DiscordJson.Options)
            ?? throw new DiscordRestException($"Discord {route} returned an empty body.", DiscordFailure.ForStatus(500, null), route.RouteKey, null);
    }

    private async Task SendNoContentAsync(DiscordRoute route, object? body, CancellationToken ct) =>
        await SendForJsonAsync(route, body, ct);

    /// <summary>Sends with the rate limits, 429 handling and transient retries for idempotent methods; returns the body.</summary>
    private async Task<string> SendForJsonAsync(DiscordRoute route, object? body, CancellationToken ct)
    {
        // Serialised once, so every retry sends the very same bytes.
        var payload = body is null ? null : JsonSerializer.Serialize(body, DiscordJson.Options);
        var rateLimitedTries = 0;
        var transientRetries = 0;
        while (true)
        {
            await rateLimiter.AcquireAsync(route, ct);
            HttpResponseMessage response;
            try
            {
                using var request = BuildRequest(route, payload);
                response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
            {
                // No answer: for a POST the message may or may not exist now, so the caller decides.
                if (route.IsIdempotent && transientRetries < options.TransientMaxRetries)
                {
                    await BackOffAsync(route, ++transientRetries, "no answer", ct);
                    continue;
                }
                logger.LogWarning("Discord {Route}: no answer ({Error})", route.RouteKey, ex.GetType().Name);
                throw new DiscordRestException($"Discord {route} got no answer: {ex.GetType().Name}.", DiscordFailure.NoAnswer(), route.RouteKey, null, ex);
            }

            using (response)
            {
                rateLimiter.Observe(route, response.Headers);
                var text = await response.Content.ReadAsStringAsync(ct);
                var status = (int)response.StatusCode;
                if (response.IsSuccessStatusCode)
                    return text;

                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var limit = RateLimitedAnswer.Read(response, text);
                    metrics?.RateLimited(Platforms.Discord);
                    if (limit.IsGlobal)
                        rateLimiter.PauseAll(limit.RetryAfter);
                    else
                        rateLimiter.PauseRoute(route, limit.RetryAfter);
                    logger.LogInformation("Discord {Route}: 429 scope {Scope}, retry after {RetryAfter}", route.RouteKey, limit.Scope, limit.RetryAfter);
                    if (++rateLimitedTries < options.RateLimitMaxAttempts)
                        continue;
                    throw new DiscordRestException(
                        $"Discord {route} is rate limited ({limit.Scope}) for {limit.RetryAfter.TotalSeconds:0.###} s.",
                        DiscordFailure.RateLimited(limit.RetryAfter, limit.IsGlobal), route.RouteKey, limit.Message);
                }

                var error = ReadError(text);
                var failure = DiscordFailure.ForStatus(status, error?.Code);
                if (failure.Kind == DiscordFailureKind.Transient && route.IsIdempotent && transientRetries < options.TransientMaxRetries)
                {
                    await BackOffAsync(route, ++transientRetries, status.ToString(CultureInfo.InvariantCulture), ct);
                    continue;
                }
                logger.LogWarning("Discord {Route}: {Status} code {Code}", route.RouteKey, status, error?.Code);
                throw new DiscordRestException(
                    $"Discord {route} failed: {status} {error?.Code} {error?.Message}".TrimEnd(),
                    failure, route.RouteKey, error?.Message);
            }
        }
    }

    private HttpRequestMessage BuildRequest(DiscordRoute route, string? payload)
    {
        var request = new HttpRequestMessage(route.Method, new Uri(baseUrl + route.Path, UriKind.Absolute));
        request.Headers.Authorization = authorization;
        foreach (var product in userAgent)
            request.Headers.UserAgent.Add(product);
        if (payload is not null)
            request.Content = new StringContent(payload, Encoding.UTF8, "application/json");
        return request;
    }

    private async Task BackOffAsync(DiscordRoute route, int retry, string reason, CancellationToken ct)
    {
        var wait = options.TransientBackoff * Math.Pow(2, retry - 1);
        logger.LogInformation("Discord {Route}: {Reason}, retry {Retry} in {Wait}", route.RouteKey, reason, retry, wait);
        await Task.Delay(wait, time, ct);
    }

    private static WireError? ReadError(string text)
    {
        try
        {
            return string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<WireError>(text, DiscordJson.Options);
        }
        catch (JsonException)
        {
            return null; // an HTML error page from a proxy, say
        }
    }
}
