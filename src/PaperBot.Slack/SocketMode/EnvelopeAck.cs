using System.Text.Json.Nodes;

namespace PaperBot.Slack.SocketMode;

/// <summary>The at-most-once ack of one envelope, bound to the socket it came on.</summary>
internal sealed class EnvelopeAck(Func<byte[], CancellationToken, Task<bool>> send)
{
    /// <summary>slack-go found that replies of 20 KB or more are silently dropped; stay below with some margin.</summary>
    public const int MaxAckBytes = 19 * 1024;

    public static readonly EnvelopeAck None = new((_, _) => Task.FromResult(false));

    private int claimed;

    public bool IsAcked => Volatile.Read(ref claimed) != 0;

    public async Task<bool> SendAsync(string envelopeId, JsonNode? payload, CancellationToken cancellationToken)
    {
        var bytes = Encode(envelopeId, payload);
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
