using System.Text.Json;
using System.Text.Json.Nodes;
using PaperBot.Core.Users;

namespace PaperBot.Slack.WebApi;

public sealed partial class SlackWebApiClient
{
    /// <summary>
    /// chat.postMessage with <paramref name="text"/> as the notification fallback and link unfurling off.
    /// Not retried when the outcome is unknown (timeout, 5xx): then <see cref="SlackApiException.OutcomeUnknown"/>
    /// is set and the caller looks for <paramref name="metadata"/> in conversations.history before posting again.
    /// </summary>
    public async Task<SlackMessageRef> PostMessageAsync(
        string channel,
        string text,
        JsonNode? blocks = null,
        SlackMessageMetadata? metadata = null,
        string? threadTs = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        var body = new JsonObject
        {
            ["channel"] = channel,
            ["text"] = text,
            ["unfurl_links"] = false,
            ["unfurl_media"] = false,
        };
        AddBlocks(body, blocks);
        if (metadata is not null)
        {
            body["metadata"] = new JsonObject
            {
                ["event_type"] = metadata.EventType,
                ["event_payload"] = metadata.EventPayload?.DeepClone() ?? new JsonObject(),
            };
        }

        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        var root = await CallAsync(new SlackCall("chat.postMessage", () => Json(body), channel, CreatesMessage: true), cancellationToken);
        return new SlackMessageRef(root.GetProperty("channel").GetString()!, root.GetProperty("ts").GetString()!);
    }

    /// <summary>chat.update: replaces text and blocks of our message (idempotent, so retried).</summary>
    public async Task<SlackMessageRef> UpdateMessageAsync(string channel, string ts, string text, JsonNode? blocks = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        ArgumentException.ThrowIfNullOrWhiteSpace(ts);
        var body = new JsonObject { ["channel"] = channel, ["ts"] = ts, ["text"] = text };
        AddBlocks(body, blocks);
        var root = await CallAsync(new SlackCall("chat.update", () => Json(body)), cancellationToken);
        return new SlackMessageRef(root.GetProperty("channel").GetString()!, root.GetProperty("ts").GetString()!);
    }

    /// <summary>reactions.add; false when the reaction was already there (<c>already_reacted</c>).</summary>
    public async Task<bool> ReactionsAddAsync(string channel, string ts, string name, CancellationToken cancellationToken = default)
    {
        var body = new JsonObject { ["channel"] = channel, ["timestamp"] = ts, ["name"] = name.Trim(':') };
        try
        {
            await CallAsync(new SlackCall("reactions.add", () => Json(body)), cancellationToken);
            return true;
        }
        catch (SlackApiException ex) when (ex.Error == "already_reacted")
        {
            return false;
        }
    }

    /// <summary>
    /// POSTs <paramref name="body"/> (e.g. <c>{"replace_original":true,"blocks":[…]}</c>) to a slash command's or
    /// button's response_url. No Authorization header: the URL is the credential. Usable 5 times in 30 minutes.
    /// </summary>
    public async Task PostToResponseUrlAsync(Uri responseUrl, JsonNode body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        using var timeout = new CancellationTokenSource(Options.RequestTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = Json(body) };
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, linked.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SlackApiException("response_url", "timeout", SlackErrorKind.Transient, outcomeUnknown: true, innerException: ex);
        }
        catch (HttpRequestException ex)
        {
            throw new SlackApiException("response_url", "network_error", SlackErrorKind.Transient, outcomeUnknown: true, innerException: ex);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync(linked.Token);
            if (!response.IsSuccessStatusCode)
            {
                var kind = status == 429 ? SlackErrorKind.RateLimited : status >= 500 ? SlackErrorKind.Transient : SlackErrorKind.Permanent;
                if (kind == SlackErrorKind.RateLimited)
                    metrics?.RateLimited(Platforms.Slack);
                var error = string.IsNullOrWhiteSpace(text) || text.Length > 100 ? $"http_{status}" : text.Trim();
                throw new SlackApiException("response_url", error, kind, status);
            }

            // Slack answers "ok" as text or {"ok":true}; {"ok":false,"error":…} is an error like the Web API's.
            if (text.TrimStart().StartsWith('{'))
            {
                using var document = JsonDocument.Parse(text);
                if (document.RootElement.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.False)
                {
                    var error = document.RootElement.TryGetProperty("error", out var e) ? e.GetString() ?? "unknown_error" : "unknown_error";
                    throw new SlackApiException("response_url", error, SlackErrorClassifier.Classify(error), status);
                }
            }
        }
    }

    private static void AddBlocks(JsonObject body, JsonNode? blocks)
    {
        if (blocks is not null)
        {
            body["blocks"] = blocks.DeepClone();
        }
    }
}
