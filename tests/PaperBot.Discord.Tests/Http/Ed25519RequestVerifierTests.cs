using System.Text;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Discord.Http;

namespace PaperBot.Discord.Tests.Http;

/// <summary>Signature checks over UTF-8(timestamp) + raw body, with the recorded vector and generated keys.</summary>
public sealed class Ed25519RequestVerifierTests
{
    private static readonly PingTestVector Vector = PingTestVector.Load();

    private static Ed25519RequestVerifier VectorVerifier() => new(Vector.PublicKeyHex, new FakeTimeProvider(Vector.SignedAt));

    [Fact]
    public void Rfc8032_test1_verifies_as_an_empty_timestamp_and_body()
    {
        var (key, signature) = PingTestVector.Rfc8032Test1();

        Assert.True(new Ed25519RequestVerifier(key).Verify(string.Empty, signature, []));
    }

    [Fact]
    public void Recorded_ping_vector_verifies()
    {
        Assert.True(VectorVerifier().Verify(Vector.Timestamp, Vector.Signature, Vector.Body));
    }

    [Fact]
    public void Uppercase_hex_signature_verifies_too()
    {
        Assert.True(VectorVerifier().Verify(Vector.Timestamp, Vector.Signature.ToUpperInvariant(), Vector.Body));
    }

    [Fact]
    public void Recorded_negative_cases_fail()
    {
        var verifier = VectorVerifier();

        Assert.False(verifier.Verify(Vector.Timestamp, Vector.Signature, Vector.TamperedBody));
        Assert.False(verifier.Verify(Vector.TamperedTimestamp, Vector.Signature, Vector.Body));
    }

    [Theory]
    [InlineData(null, "sig")]
    [InlineData("ts", null)]
    [InlineData(null, null)]
    [InlineData("ts", "")]
    [InlineData("ts", "short")]
    [InlineData("ts", "wrong-length-but-not-hex")]
    [InlineData("ts", "trailing")]
    [InlineData("ts", "nonhex")]
    [InlineData("ts", "flipped")]
    [InlineData("long", "sig")]
    public void Malformed_or_wrong_headers_give_false_without_throwing(string? timestampCase, string? signatureCase)
    {
        var timestamp = timestampCase switch
        {
            "ts" => Vector.Timestamp,
            "long" => new string('1', 100),
            _ => null,
        };
        var signature = signatureCase switch
        {
            "sig" => Vector.Signature,
            "" => string.Empty,
            "short" => Vector.Signature[..^2],
            "wrong-length-but-not-hex" => Vector.Signature[..^1],
            "trailing" => Vector.Signature + "00",
            "nonhex" => "zz" + Vector.Signature[2..],
            "flipped" => (Vector.Signature[0] == '0' ? "1" : "0") + Vector.Signature[1..],
            _ => null,
        };

        Assert.False(VectorVerifier().Verify(timestamp, signature, Vector.Body));
    }

    [Fact]
    public void A_signature_from_another_key_fails()
    {
        using var signer = new TestSigner();
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");

        Assert.True(new Ed25519RequestVerifier(signer.PublicKeyHex).Verify("x", signer.Sign("x", body), body));
        Assert.False(VectorVerifier().Verify("x", signer.Sign("x", body), body));
    }

    [Theory]
    [InlineData(14 * 60, true)]
    [InlineData(-14 * 60, true)]
    [InlineData(16 * 60, false)]
    [InlineData(-16 * 60, false)]
    public void Numeric_timestamps_must_be_within_a_lenient_window(int offsetSeconds, bool expected)
    {
        using var signer = new TestSigner();
        var time = new FakeTimeProvider(Vector.SignedAt);
        var timestamp = (Vector.SignedAt.ToUnixTimeSeconds() + offsetSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, new Ed25519RequestVerifier(signer.PublicKeyHex, time).Verify(timestamp, signer.Sign(timestamp, Vector.Body), Vector.Body));
    }

    [Fact]
    public void The_recorded_vector_is_stale_on_the_system_clock_unless_the_window_allows_it()
    {
        Assert.False(new Ed25519RequestVerifier(Vector.PublicKeyHex).Verify(Vector.Timestamp, Vector.Signature, Vector.Body));
        Assert.True(new Ed25519RequestVerifier(Vector.PublicKeyHex, maxClockSkew: TimeSpan.FromDays(365 * 100)).Verify(Vector.Timestamp, Vector.Signature, Vector.Body));
    }

    [Theory]
    [InlineData("2026-12-06T20:00:00Z")]
    [InlineData("-5")]
    public void A_non_unix_seconds_timestamp_is_left_to_the_signature(string timestamp)
    {
        using var signer = new TestSigner();

        Assert.True(new Ed25519RequestVerifier(signer.PublicKeyHex).Verify(timestamp, signer.Sign(timestamp, Vector.Body), Vector.Body));
    }

    [Theory]
    [InlineData("999999999999999")]
    [InlineData("99999999999999999999")]
    public void A_unix_seconds_timestamp_beyond_the_calendar_is_refused(string timestamp)
    {
        using var signer = new TestSigner();

        Assert.False(new Ed25519RequestVerifier(signer.PublicKeyHex).Verify(timestamp, signer.Sign(timestamp, Vector.Body), Vector.Body));
    }

    [Theory]
    [InlineData("")]
    [InlineData("d75a980182b10ab7d54bfed3c964073a")]
    [InlineData("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a00")]
    [InlineData("s3cr3t-bot-token-pasted-here-by-mistake-xxxxxxxxxxxxxxxxxxxxxxxxx")]
    [InlineData("g75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")]
    public void A_bad_public_key_is_a_configuration_error_naming_the_setting_without_the_value(string key)
    {
        var error = Assert.Throws<ArgumentException>(() => new Ed25519RequestVerifier(key));

        Assert.Contains("Discord:PublicKey", error.Message, StringComparison.Ordinal);
        if (key.Length > 0)
        {
            Assert.DoesNotContain(key, error.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void A_null_public_key_is_the_same_configuration_error()
    {
        var error = Assert.Throws<ArgumentException>(() => new Ed25519RequestVerifier(null!));

        Assert.Contains("Discord:PublicKey", error.Message, StringComparison.Ordinal);
    }
}
