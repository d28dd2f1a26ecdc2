using System.Text.Json;
using PaperBot.Slack.WebApi;

namespace PaperBot.Slack.SocketMode;

/// <summary>One parsed Socket Mode frame: hello, disconnect, or an envelope.</summary>
internal sealed record SocketModeFrame(string Type, string? Reason, int? NumConnections, SlackEnvelope? Envelope)
{
    /// <summary>Throws <see cref="JsonException"/> for malformed JSON or a frame without a string <c>type</c>.</summary>
    public static SocketModeFrame Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || SlackJson.String(root, "type") is not { } type)
        {
            throw new JsonException("A Socket Mode frame is a JSON object with a string \"type\".");
        }

        if (SlackJson.String(root, "envelope_id") is not { } envelopeId)
        {
            return new SocketModeFrame(type, SlackJson.String(root, "reason"), SlackJson.Int(root, "num_connections"), null);
        }

        var payload = root.TryGetProperty("payload", out var p) ? p.Clone() : default;
        var kind = type switch
        {
            "events_api" => SlackEnvelopeType.EventsApi,
            "slash_commands" => SlackEnvelopeType.SlashCommands,
            "interactive" => SlackEnvelopeType.Interactive,
            _ => SlackEnvelopeType.Unknown,
        };
        var eventId = kind == SlackEnvelopeType.EventsApi ? SlackJson.String(payload, "event_id") : null;
        var envelope = new SlackEnvelope(
            kind,
            type,
            envelopeId,
            payload,
            SlackJson.Bool(root, "accepts_response_payload"),
            SlackJson.Int(root, "retry_attempt") ?? 0,
            SlackJson.String(root, "retry_reason") is { Length: > 0 } reason ? reason : null,
            eventId);
        return new SocketModeFrame(type, null, null, envelope);
    }
}
