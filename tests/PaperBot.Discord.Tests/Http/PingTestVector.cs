using System.Text;
using System.Text.Json;
using PaperBot.Discord.Tests.Gateway;

namespace PaperBot.Discord.Tests.Http;

/// <summary>The recorded (locally generated) Ed25519 PING vector, read from TestData.</summary>
internal sealed record PingTestVector(string PublicKeyHex, string Signature, string Timestamp, byte[] Body, string TamperedTimestamp, byte[] TamperedBody)
{
    public static PingTestVector Load()
    {
        var root = TestData.Payload("discord-ed25519-ping-test-vector.GENERATED.json");
        var headers = root.GetProperty("headers");
        var negatives = root.GetProperty("negative_cases").EnumerateArray().ToArray();
        return new PingTestVector(
            root.GetProperty("public_key_hex").GetString()!,
            headers.GetProperty("X-Signature-Ed25519").GetString()!,
            headers.GetProperty("X-Signature-Timestamp").GetString()!,
            Encoding.UTF8.GetBytes(root.GetProperty("raw_body").GetString()!),
            negatives.Single(n => n.TryGetProperty("timestamp", out _)).GetProperty("timestamp").GetString()!,
            Encoding.UTF8.GetBytes(negatives.Single(n => n.TryGetProperty("raw_body", out _)).GetProperty("raw_body").GetString()!));
    }

    /// <summary>The RFC 8032 §7.1 TEST 1 vector (empty message) from the same file.</summary>
    public static (string PublicKeyHex, string SignatureHex) Rfc8032Test1()
    {
        var rfc = TestData.Payload("discord-ed25519-ping-test-vector.GENERATED.json").GetProperty("rfc8032_test1");
        Assert.Equal(string.Empty, rfc.GetProperty("message_hex").GetString());
        return (rfc.GetProperty("public_key_hex").GetString()!, rfc.GetProperty("signature_hex").GetString()!);
    }

    /// <summary>The moment the vector was signed (its timestamp), so the freshness check accepts it.</summary>
    public DateTimeOffset SignedAt => DateTimeOffset.FromUnixTimeSeconds(long.Parse(Timestamp, System.Globalization.CultureInfo.InvariantCulture));
}
