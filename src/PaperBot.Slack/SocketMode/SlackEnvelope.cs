using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode envelope, or the same built from an HTTP request in HTTP mode. Already acknowledged on arrival
/// unless <see cref="AcceptsResponsePayload"/>: then the consumer may answer with <see cref="AckAsync"/> (a slash command's reply, a view's response_action) and the
/// client acks empty by itself after <see cref="SlackSocketModeOptions.AutoAckAfter"/>. Acked at most once.
/// </summary>
public sealed record SlackEnvelope(
    SlackEnvelopeType Type,
    string RawType,
    string EnvelopeId,
    JsonElement Payload,
    bool AcceptsResponsePayload,
    int RetryAttempt,
    string? RetryReason,
    string? EventId)
{
    internal EnvelopeAck Ack { get; init; } = EnvelopeAck.None;

    /// <summary>Whether the ack has been sent (or claimed) already.</summary>
    public bool IsAcked => Ack.IsAcked;

    /// <summary>
    /// Acks on the socket the envelope came on (or in the answer to its HTTP request), with an optional response <paramref name="payload"/> (kept under
    /// ~20 KB: Slack silently drops larger acks; post big content via the Web API). Returns false if it was acked
    /// already or the socket is gone. Throws <see cref="ArgumentException"/> for an oversized payload without acking.
    /// </summary>
    public Task<bool> AckAsync(JsonNode? payload = null, CancellationToken cancellationToken = default) =>
        Ack.SendAsync(payload, cancellationToken);
}
