using System.Text.Json.Nodes;
using PaperBot.Slack.WebApi;

namespace PaperBot.Slack.Delivery;

/// <summary>The mark on every digest message: Slack's message metadata carrying the part's delivery key, the only way to
/// recognise an earlier post of it (chat.postMessage has no idempotency key).</summary>
internal static class DigestMetadata
{
    public const string EventType = "paperbot_digest";

    public static SlackMessageMetadata For(string deliveryKey) => new(EventType, new JsonObject { ["key"] = deliveryKey });

    /// <summary>The delivery key a message carries, if it is a PaperBot digest message.</summary>
    public static string? KeyOf(SlackHistoryMessage message) =>
        message.Metadata is { EventType: EventType, EventPayload: JsonObject payload } && payload["key"] is JsonValue key && key.TryGetValue<string>(out var value)
            ? value
            : null;
}
