using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using PaperBot.Slack.SocketMode;
using PaperBot.Slack.WebApi;

namespace PaperBot.Slack.Http;

internal enum SlackRequestKind
{
    /// <summary>Not a request Slack sends; <see cref="SlackRequestBody.Detail"/> says why.</summary>
    Malformed,

    /// <summary>The Events API's handshake; <see cref="SlackRequestBody.Detail"/> is the challenge to echo.</summary>
    UrlVerification,

    /// <summary>Slack checking the certificate (<c>ssl_check=1</c>), or an event type PaperBot does not take: answered 200.</summary>
    Nothing,

    /// <summary>An event, a slash command or an interaction, as the envelope Socket Mode would have brought.</summary>
    Envelope,
}

/// <summary>What a verified request body holds. Events come as JSON (<c>event_callback</c>, whose body is what Socket
/// Mode's <c>events_api</c> payload is); slash commands as a form whose fields are Socket Mode's <c>slash_commands</c>
/// payload; interactions as a form whose <c>payload</c> field is the JSON of Socket Mode's <c>interactive</c> payload.</summary>
internal sealed record SlackRequestBody(SlackRequestKind Kind, string Detail, SlackEnvelopeType Type = SlackEnvelopeType.Unknown, JsonElement Payload = default, string? EventId = null)
{
    public static SlackRequestBody Read(string? contentType, byte[] body)
    {
        var media = MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType.Value : null;
        if (string.Equals(media, "application/json", StringComparison.OrdinalIgnoreCase))
            return ReadEvent(body);
        if (string.Equals(media, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            return ReadForm(Encoding.UTF8.GetString(body));
        return Malformed($"content type {contentType ?? "(none)"} is neither JSON nor a form");
    }

    private static SlackRequestBody ReadEvent(byte[] body)
    {
        if (!TryParseObject(body, out var root, out var type))
            return Malformed("the JSON body is not an object with a string type");
        return type switch
        {
            "url_verification" when SlackJson.String(root, "challenge") is { Length: > 0 } challenge => new(SlackRequestKind.UrlVerification, challenge),
            "url_verification" => Malformed("url_verification without a challenge"),
            "event_callback" => new(SlackRequestKind.Envelope, "events_api", SlackEnvelopeType.EventsApi, root, SlackJson.String(root, "event_id")),
            _ => new(SlackRequestKind.Nothing, type),
        };
    }

    private static SlackRequestBody ReadForm(string body)
    {
        var form = QueryHelpers.ParseQuery(body);
        if (form.TryGetValue("payload", out var payload))
        {
            return TryParseObject(Encoding.UTF8.GetBytes(payload.ToString()), out var interaction, out _)
                ? new(SlackRequestKind.Envelope, "interactive", SlackEnvelopeType.Interactive, interaction)
                : Malformed("the interaction's payload field is not a JSON object with a string type");
        }
        if (form.TryGetValue("ssl_check", out var check) && check == "1")
            return new(SlackRequestKind.Nothing, "ssl_check");
        if (!form.ContainsKey("command"))
            return Malformed("a form with neither a command nor a payload field");
        var fields = new JsonObject();
        foreach (var (name, value) in form)
            fields[name] = value.ToString();
        return new(SlackRequestKind.Envelope, "slash_commands", SlackEnvelopeType.SlashCommands, JsonSerializer.SerializeToElement(fields));
    }

    private static bool TryParseObject(byte[] json, out JsonElement root, out string type)
    {
        (root, type) = (default, "");
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object || SlackJson.String(document.RootElement, "type") is not { } found)
                return false;
            // Cloned so the payload outlives the document and the request.
            (root, type) = (document.RootElement.Clone(), found);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static SlackRequestBody Malformed(string reason) => new(SlackRequestKind.Malformed, reason);
}
