using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace PaperBot.Slack.Fake;

/// <summary>Slack's side of HTTP mode: POSTs to an app's request URL as Slack does (events as JSON, slash commands as a
/// form, interactions as a form with a <c>payload</c> field), each signed v0 with the signing secret at the clock's now.</summary>
public sealed class SlackRequestSender(HttpClient http, Uri requestUrl, string signingSecret, TimeProvider? time = null)
{
    public const string JsonType = "application/json";
    public const string FormType = "application/x-www-form-urlencoded";

    /// <summary><c>v0=</c> and the lower-case hex of HMAC-SHA256(secret, <c>v0:{timestamp}:{body}</c>).</summary>
    public static string Sign(string secret, string timestamp, byte[] body)
    {
        byte[] message = [.. Encoding.UTF8.GetBytes($"v0:{timestamp}:"), .. body];
        return "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    public string Now => (time ?? TimeProvider.System).GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>An Events API delivery; a retry carries Slack's retry headers.</summary>
    public Task<HttpResponseMessage> PostEventAsync(JsonObject body, int retry = 0, string retryReason = "http_timeout", CancellationToken cancellationToken = default) =>
        PostAsync(Encoding.UTF8.GetBytes(body.ToJsonString()), JsonType, request =>
        {
            if (retry > 0)
            {
                request.Headers.Add("X-Slack-Retry-Num", retry.ToString(CultureInfo.InvariantCulture));
                request.Headers.Add("X-Slack-Retry-Reason", retryReason);
            }
        }, cancellationToken: cancellationToken);

    /// <summary>A slash command: its fields form-encoded.</summary>
    public async Task<HttpResponseMessage> PostSlashAsync(JsonObject fields, CancellationToken cancellationToken = default) =>
        await PostAsync(await FormAsync(fields.Select(f => KeyValuePair.Create(f.Key, f.Value?.GetValue<string>() ?? "")), cancellationToken), FormType, null, cancellationToken: cancellationToken);

    /// <summary>An interaction: its JSON in the form field <c>payload</c>.</summary>
    public async Task<HttpResponseMessage> PostInteractionAsync(JsonObject payload, CancellationToken cancellationToken = default) =>
        await PostAsync(await FormAsync([KeyValuePair.Create("payload", payload.ToJsonString())], cancellationToken), FormType, null, cancellationToken: cancellationToken);

    /// <summary>Any body, signed at <paramref name="timestamp"/> (now when null); <paramref name="tweak"/> may change the
    /// request after signing (drop a header, alter the body) to play an attacker.</summary>
    public async Task<HttpResponseMessage> PostAsync(byte[] body, string contentType, Action<HttpRequestMessage>? tweak, string? timestamp = null, CancellationToken cancellationToken = default)
    {
        timestamp ??= Now;
        using var request = new HttpRequestMessage(HttpMethod.Post, requestUrl) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", Sign(signingSecret, timestamp, body));
        tweak?.Invoke(request);
        return await http.SendAsync(request, cancellationToken);
    }

    public static async Task<byte[]> FormAsync(IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken = default)
    {
        using var form = new FormUrlEncodedContent(fields);
        return await form.ReadAsByteArrayAsync(cancellationToken);
    }
}
