using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PaperBot.Slack.Http;

/// <summary>Checks Slack's v0 signature on an HTTP request: <c>X-Slack-Signature</c> is <c>v0=</c> and the hex of
/// HMAC-SHA256, keyed with the signing secret, over <c>v0:{X-Slack-Request-Timestamp}:{raw body}</c>; the timestamp
/// must be within <see cref="MaxAge"/> of now, either way, so a captured request cannot be replayed later.</summary>
public sealed class SlackRequestVerifier
{
    /// <summary>The configuration key the secret comes from; named in configuration errors.</summary>
    public const string SigningSecretSetting = "Slack:SigningSecret";

    /// <summary>Slack's documented window.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(300);

    private const string Version = "v0";
    private const int HashBytes = 32;
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private readonly byte[] key;
    private readonly TimeProvider time;

    /// <param name="signingSecret">The app's signing secret (Basic Information → App Credentials).</param>
    /// <param name="time">The clock the timestamp is checked against.</param>
    public SlackRequestVerifier(string signingSecret, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(signingSecret))
            throw new ArgumentException($"{SigningSecretSetting} is empty.", nameof(signingSecret));
        key = Encoding.UTF8.GetBytes(signingSecret);
        this.time = time;
    }

    /// <summary>True when the signature matches the body and the timestamp is fresh. Missing or malformed headers give
    /// false, never an exception.</summary>
    public bool Verify(string? timestampHeader, string? signatureHeader, ReadOnlySpan<byte> rawBody)
    {
        // Unix seconds: digits only (no sign, no spaces), short enough to be a time at all.
        if (timestampHeader is not { Length: > 0 and <= 12 } || timestampHeader.AsSpan().ContainsAnyExcept(Digits)
            || signatureHeader is null || signatureHeader.Length != Version.Length + 1 + HashBytes * 2
            || !signatureHeader.StartsWith(Version + "=", StringComparison.Ordinal))
            return false;

        var seconds = long.Parse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture);
        if (Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - seconds) > (long)MaxAge.TotalSeconds)
            return false;

        Span<byte> given = stackalloc byte[HashBytes];
        var hex = signatureHeader.AsSpan(Version.Length + 1);
        if (Convert.FromHexString(hex, given, out var consumed, out var written) != OperationStatus.Done || consumed != hex.Length || written != HashBytes)
            return false;

        Span<byte> expected = stackalloc byte[HashBytes];
        using (var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key))
        {
            hmac.AppendData(Encoding.UTF8.GetBytes($"{Version}:{timestampHeader}:"));
            hmac.AppendData(rawBody);
            hmac.GetHashAndReset(expected);
        }

        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
