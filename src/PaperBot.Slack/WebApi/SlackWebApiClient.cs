using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PaperBot.Core.Monitoring;
using PaperBot.Core.Users;

namespace PaperBot.Slack.WebApi;

/// <summary>
/// Slack Web API calls for one workspace with its bot token (<c>xoxb-…</c>). Checks <c>ok</c>, maps errors to
/// <see cref="SlackApiException"/>, paces calls with <see cref="SlackRateLimiter"/> and retries 429s and transient
/// failures, except a message post whose outcome is unknown.
/// </summary>
public sealed partial class SlackWebApiClient
{
    internal static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private static readonly JsonElement PlainOk = JsonSerializer.SerializeToElement(new JsonObject { ["ok"] = true });

    private readonly string token;
    private readonly HttpClient http;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly PaperBotMetrics? metrics;

    /// <param name="metrics">Where the 429s are counted; none outside the bot.</param>
    public SlackWebApiClient(string botToken, HttpClient httpClient, SlackWebApiOptions options, TimeProvider timeProvider, ILogger<SlackWebApiClient> logger,
        PaperBotMetrics? metrics = null)
        : this(botToken, httpClient, options, timeProvider, (ILogger)logger, metrics)
    {
    }

    internal SlackWebApiClient(string botToken, HttpClient httpClient, SlackWebApiOptions options, TimeProvider timeProvider, ILogger logger,
        PaperBotMetrics? metrics = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(botToken);
        token = botToken;
        http = httpClient;
        Options = options;
        time = timeProvider;
        this.logger = logger;
        this.metrics = metrics;
        Limiter = new SlackRateLimiter(options.RateLimits, timeProvider);
    }

    public SlackWebApiOptions Options { get; }

    internal SlackRateLimiter Limiter { get; }

    /// <summary>POSTs a JSON body to <paramref name="method"/>; returns the whole response object (ok:true).</summary>
    public Task<JsonElement> CallJsonAsync(string method, JsonObject body, CancellationToken cancellationToken = default) =>
        CallAsync(new SlackCall(method, () => Json(body)), cancellationToken);

    /// <summary>POSTs a form body; Slack's read methods take form fields, not JSON.</summary>
    public Task<JsonElement> CallFormAsync(string method, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken = default)
    {
        var list = fields.ToList();
        return CallAsync(new SlackCall(method, () => new FormUrlEncodedContent(list)), cancellationToken);
    }

    internal static StringContent Json(JsonNode body)
    {
        var content = new StringContent(body.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = JsonContentType;
        return content;
    }

    internal async Task<JsonElement> CallAsync(SlackCall call, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            await Limiter.WaitAsync(call.Method, call.Channel, cancellationToken);
            var failure = await TrySendAsync(call, cancellationToken);
            if (failure.Result is { } result)
            {
                return result;
            }

            var error = failure.Error!;
            var retryable = error.Kind switch
            {
                SlackErrorKind.RateLimited => error.RetryAfter is not { } wait || wait <= Options.MaxRetryAfterWait,
                SlackErrorKind.Transient => !error.OutcomeUnknown,
                _ => false,
            };
            if (!retryable || attempt >= Options.MaxRetries)
            {
                LogFailure(error);
                throw error;
            }

            if (error.Kind == SlackErrorKind.Transient)
            {
                await Task.Delay(Options.TransientRetryDelay * Math.Pow(2, attempt), time, cancellationToken);
            }

            // A rate-limited call waits in the limiter, which now blocks this method for Retry-After.
            logger.LogDebug("Slack {Method}: {Error}; retry {Attempt}", call.Method, error.Error, attempt + 1);
        }
    }

    private async Task<(JsonElement? Result, SlackApiException? Error)> TrySendAsync(SlackCall call, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(Options.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(Options.BaseUrl, call.Method)) { Content = call.Content() };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, linked.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, new SlackApiException(call.Method, "timeout", SlackErrorKind.Transient, outcomeUnknown: call.CreatesMessage, innerException: ex));
        }
        catch (HttpRequestException ex)
        {
            // Connection refused means nothing was sent, but a reset mid-request may have been processed.
            var unknown = call.CreatesMessage && ex.HttpRequestError != HttpRequestError.ConnectionError && ex.HttpRequestError != HttpRequestError.NameResolutionError;
            return (null, new SlackApiException(call.Method, "network_error", SlackErrorKind.Transient, outcomeUnknown: unknown, innerException: ex));
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var retryAfter = RetryAfter(response) ?? TimeSpan.FromSeconds(1);
                metrics?.RateLimited(Platforms.Slack);
                Limiter.BlockMethod(call.Method, retryAfter);
                return (null, new SlackApiException(call.Method, "ratelimited", SlackErrorKind.RateLimited, status, retryAfter));
            }

            if (status >= 500)
            {
                return (null, new SlackApiException(call.Method, $"http_{status}", SlackErrorKind.Transient, status, outcomeUnknown: call.CreatesMessage));
            }

            if (!response.IsSuccessStatusCode)
            {
                return (null, new SlackApiException(call.Method, $"http_{status}", SlackErrorKind.Permanent, status));
            }

            JsonElement root;
            try
            {
                var bytes = await response.Content.ReadAsByteArrayAsync(linked.Token);
                if (call.AcceptsPlainOk && IsPlainOk(bytes))
                {
                    return (PlainOk, null);
                }

                using var document = JsonDocument.Parse(bytes);
                root = document.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                return (null, new SlackApiException(call.Method, "invalid_response", SlackErrorKind.Transient, status, outcomeUnknown: call.CreatesMessage, innerException: ex));
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                return (null, new SlackApiException(call.Method, "timeout", SlackErrorKind.Transient, status, outcomeUnknown: call.CreatesMessage, innerException: ex));
            }

            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True)
            {
                return (root, null);
            }

            var error = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String
                ? e.GetString()!
                : "invalid_response";
            var kind = SlackErrorClassifier.Classify(error);
            TimeSpan? wait = null;
            if (kind == SlackErrorKind.RateLimited)
            {
                wait = RetryAfter(response) ?? TimeSpan.FromSeconds(1);
                Limiter.BlockMethod(call.Method, wait.Value);
            }

            // Slack answered: a named error means the post did not happen.
            return (null, new SlackApiException(call.Method, error, kind, status, wait));
        }
    }

    private static bool IsPlainOk(byte[] bytes) => bytes.Length == 0 || Encoding.UTF8.GetString(bytes).Trim() == "ok";

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter is { } header)
        {
            if (header.Delta is { } delta)
            {
                return delta;
            }
        }

        return response.Headers.TryGetValues("Retry-After", out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }

    private void LogFailure(SlackApiException error)
    {
        if (error.IsPlatformWide)
        {
            // Every caller (the bot's start, a delivery's pause) says what this means in one line of its own.
            logger.LogDebug("Slack {Method}: {Error}; the bot token or workspace is unusable", error.Method, error.Error);
        }
        else
        {
            logger.LogWarning("Slack {Method} failed: {Error} ({Kind})", error.Method, error.Error, error.Kind);
        }
    }
}
