using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Slack.Fake;
using PaperBot.Slack.Http;

namespace PaperBot.Slack.Tests.Http;

/// <summary>Slack's v0 request signature: its documented worked example verifies; a changed body, a wrong or missing
/// signature and a timestamp more than 300 s from now, either way, do not.</summary>
public sealed class SlackRequestVerifierTests
{
    // The values of Slack's "Verifying requests from Slack" example, as the brief gives them; the fixture carries the same.
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    private static byte[] Body => Encoding.UTF8.GetBytes(TestData.Element("slack-signed-request-example.json").GetProperty("raw_body").GetString()!);

    private static SlackRequestVerifier At(DateTimeOffset now) => new(Secret, new FakeTimeProvider(now));

    [Fact]
    public void The_documented_example_verifies_and_matches_the_fixture()
    {
        var fixture = TestData.Element("slack-signed-request-example.json");
        Assert.Equal(Secret, fixture.GetProperty("signing_secret").GetString());
        Assert.Equal(Timestamp, fixture.GetProperty("headers").GetProperty("X-Slack-Request-Timestamp").GetString());
        Assert.Equal(Expected, fixture.GetProperty("expected_signature").GetString());
        Assert.StartsWith("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&", Encoding.UTF8.GetString(Body), StringComparison.Ordinal);

        Assert.True(At(SignedAt).Verify(Timestamp, Expected, Body));
        // Hex is hex in either case; the bytes are what is compared.
        Assert.True(At(SignedAt).Verify(Timestamp, Expected.ToUpperInvariant().Replace("V0=", "v0=", StringComparison.Ordinal), Body));
    }

    [Fact]
    public void A_changed_body_or_timestamp_fails()
    {
        var tampered = Body.ToArray();
        tampered[^1] ^= 1;
        Assert.False(At(SignedAt).Verify(Timestamp, Expected, tampered));
        Assert.False(At(SignedAt).Verify(Timestamp, Expected, [.. Body, (byte)'&']));
        Assert.False(At(SignedAt).Verify("1531420619", Expected, Body));
    }

    [Theory]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b504")] // one bit off
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")] // another version
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5")] // cut short
    [InlineData("v0=zz114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")] // not hex
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("")]
    public void A_wrong_signature_fails(string signature) =>
        Assert.False(At(SignedAt).Verify(Timestamp, signature, Body));

    [Theory]
    [InlineData(null, Expected)]
    [InlineData(Timestamp, null)]
    [InlineData(null, null)]
    [InlineData("", Expected)]
    [InlineData("-1531420618", Expected)]
    [InlineData("1531420618.5", Expected)]
    public void Missing_or_malformed_headers_fail(string? timestamp, string? signature) =>
        Assert.False(At(SignedAt).Verify(timestamp, signature, Body));

    [Theory]
    [InlineData(-300, true)]
    [InlineData(300, true)]
    [InlineData(301, false)]
    [InlineData(-301, false)]
    [InlineData(86_400, false)]
    public void The_timestamp_must_be_within_300_seconds_of_now_either_way(int nowMinusSigned, bool verifies) =>
        Assert.Equal(verifies, At(SignedAt.AddSeconds(nowMinusSigned)).Verify(Timestamp, Expected, Body));

    [Fact]
    public void A_fresh_request_signed_with_another_secret_fails_and_one_with_the_secret_verifies()
    {
        var now = DateTimeOffset.UnixEpoch.AddSeconds(1_800_000_000);
        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        Assert.True(At(now).Verify(timestamp, SlackRequestSender.Sign(Secret, timestamp, Body), Body));
        Assert.False(At(now).Verify(timestamp, SlackRequestSender.Sign("another-secret", timestamp, Body), Body));
    }

    [Fact]
    public void An_empty_secret_is_refused_at_start_naming_the_setting()
    {
        var error = Assert.Throws<ArgumentException>(() => new SlackRequestVerifier(" ", TimeProvider.System));
        Assert.Contains("Slack:SigningSecret", error.Message, StringComparison.Ordinal);
    }
}
