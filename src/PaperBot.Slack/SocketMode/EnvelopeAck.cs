using System.Text.Json.Nodes;

namespace PaperBot.Slack.SocketMode;

/// <summary>The at-most-once ack of one envelope: a frame on the socket it came on, or the answer to the HTTP request
/// that carried it.</summary>
internal sealed class EnvelopeAck(Func<JsonNode?, byte[]> encode, Func<byte[], CancellationToken, Task<bool>> send)
{
    /// <summary>slack-go found that replies of 20 KB or more are silently dropped; stay below with some margin.</summary>
    public const int MaxAckBytes = 19 * 1024;

    public static readonly EnvelopeAck None = new(_ => [], (_, _) => Task.FromResult(false));

    private int claimed;

    public bool IsAcked => Volatile.Read(ref claimed) != 0;

    /// <summary>Acks with a frame <c>{"envelope_id", "payload"}</c> sent by <paramref name="send"/>.</summary>
    public static EnvelopeAck OnSocket(string envelopeId, Func<byte[], CancellationToken, Task<bool>> send) =>
        new(payload => Encode(envelopeId, payload), send);

    /// <summary>Acks with the payload itself (or nothing) as the HTTP response body.</summary>
    public static EnvelopeAck InResponse(Func<byte[], CancellationToken, Task<bool>> send) =>
        new(payload => payload is null ? [] : System.Text.Encoding.UTF8.GetBytes(payload.ToJsonString()), send);

    public async Task<bool> SendAsync(JsonNode? payload, CancellationToken cancellationToken)
    {
        // Encoded before claiming, so an oversized payload leaves the ack for an empty one.
        var bytes = encode(payload);
        if (Interlocked.Exchange(ref claimed, 1) != 0)
        {
            return false;
        }

        return await send(bytes, cancellationToken);
    }

    internal static byte[] Encode(string envelopeId, JsonNode? payload)
    {
        var ack = new JsonObject { ["envelope_id"] = envelopeId };
        if (payload is not null)
        {
            ack["payload"] = payload.DeepClone();
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(ack.ToJsonString());
        if (bytes.Length > MaxAckBytes)
        {
            throw new ArgumentException(
                $"The ack payload is {bytes.Length} bytes; Slack drops acks of about 20 KB or more. Post large content via the Web API.",
                nameof(payload));
        }

        return bytes;
    }
}
