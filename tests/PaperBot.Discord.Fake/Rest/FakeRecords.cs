using System.Text.Json.Nodes;

namespace PaperBot.Discord.Fake.Rest;

/// <summary>One request as the fake received it. <paramref name="RawTarget"/> is the path and query exactly as sent
/// (still percent-encoded); <paramref name="Path"/> is decoded and relative to /api/v10.</summary>
public sealed record FakeRequest(
    string Method,
    string Path,
    string RawTarget,
    IReadOnlyDictionary<string, string> Headers,
    string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public JsonNode? Json => string.IsNullOrEmpty(Body) ? null : JsonNode.Parse(Body);
}

/// <summary>A stored message. <paramref name="Nonce"/> is kept for assertions only; like Discord, the fake never
/// returns it when messages are read back. <paramref name="AllowedMentions"/> is null when the sender left it out.</summary>
public sealed record FakeMessage(
    ulong Id,
    ulong ChannelId,
    string Content,
    JsonArray Embeds,
    JsonArray Components,
    int Flags,
    JsonNode? AllowedMentions,
    string? Nonce,
    DateTimeOffset Timestamp)
{
    public IEnumerable<string> CustomIds => Components
        .SelectMany(row => row?["components"]?.AsArray() ?? [])
        .Select(c => c?["custom_id"]?.GetValue<string>())
        .OfType<string>();
}

public sealed record FakeChannel(ulong Id, ulong? DmRecipientId);

public sealed record FakeInteractionCallback(ulong InteractionId, string Token, int Type, JsonNode? Data);

/// <summary>A PATCH of @original or a followup POST, by interaction token.</summary>
public sealed record FakeWebhookMessage(ulong ApplicationId, string Token, bool IsFollowup, JsonNode Body, ulong MessageId);

public sealed record FakeReaction(ulong ChannelId, ulong MessageId, string Emoji, string EncodedEmoji);
