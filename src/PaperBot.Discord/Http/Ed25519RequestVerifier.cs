using System.Buffers;
using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace PaperBot.Discord.Http;

/// <summary>
/// Checks the Ed25519 signature Discord puts on every HTTP interaction: <c>X-Signature-Ed25519</c> (hex, 64 bytes)
/// over the bytes UTF-8(<c>X-Signature-Timestamp</c>) followed by the raw request body.
/// </summary>
public sealed class Ed25519RequestVerifier
{
    /// <summary>The configuration key the public key comes from; named in configuration errors.</summary>
    public const string PublicKeySetting = "Discord:PublicKey";

    /// <summary>
    /// Discord documents only the signature, not a freshness window, so this is deliberately wide: it stops replays
    /// of old captured requests while tolerating a self-hosted machine whose clock is several minutes off.
    /// </summary>
    public static readonly TimeSpan DefaultMaxClockSkew = TimeSpan.FromMinutes(15);

    private const int PublicKeyBytes = 32;
    private const int SignatureBytes = 64;

    // Discord's timestamps are Unix seconds (10 digits); anything this long is not a real header.
    private const int MaxTimestampChars = 32;

    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private readonly PublicKey publicKey;
    private readonly TimeProvider timeProvider;
    private readonly TimeSpan maxClockSkew;

    /// <param name="publicKeyHex">The application's public key from the Developer Portal: 64 hex characters.</param>
    /// <param name="timeProvider">The clock for the freshness check; the system clock when null.</param>
    /// <param name="maxClockSkew">How far a numeric timestamp may be from now; <see cref="DefaultMaxClockSkew"/> when null.</param>
    /// <exception cref="ArgumentException">The key is not 32 bytes of hex; the message names <see cref="PublicKeySetting"/>.</exception>
    public Ed25519RequestVerifier(string publicKeyHex, TimeProvider? timeProvider = null, TimeSpan? maxClockSkew = null)
    {
        publicKey = ImportKey(publicKeyHex);
        this.timeProvider = timeProvider ?? TimeProvider.System;
        this.maxClockSkew = maxClockSkew ?? DefaultMaxClockSkew;
    }

    /// <summary>
    /// True when the signature is valid for <paramref name="timestampHeader"/> + <paramref name="rawBody"/> and the
    /// timestamp is fresh. Missing headers, malformed hex and wrong lengths give false, never an exception.
    /// </summary>
    public bool Verify(string? timestampHeader, string? signatureHexHeader, ReadOnlySpan<byte> rawBody)
    {
        if (timestampHeader is null || timestampHeader.Length > MaxTimestampChars
            || signatureHexHeader is null || signatureHexHeader.Length != SignatureBytes * 2)
        {
            return false;
        }

        Span<byte> signature = stackalloc byte[SignatureBytes];
        if (!TryDecodeHex(signatureHexHeader, signature) || !IsFresh(timestampHeader))
        {
            return false;
        }

        var timestampBytes = Encoding.UTF8.GetByteCount(timestampHeader);
        var length = timestampBytes + rawBody.Length;
        var message = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(timestampHeader, message);
            rawBody.CopyTo(message.AsSpan(written));
            return Algorithm.Verify(publicKey, message.AsSpan(0, length), signature);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message);
        }
    }

    private bool IsFresh(string timestampHeader)
    {
        // Lenient on purpose: a timestamp that is not Unix seconds is left to the signature alone (which covers it),
        // so a format change on Discord's side cannot get the endpoint removed for rejecting genuine requests.
        if (timestampHeader.Length == 0 || timestampHeader.AsSpan().ContainsAnyExcept(Digits))
        {
            return true;
        }

        if (!long.TryParse(timestampHeader, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        var age = timeProvider.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        return age.Duration() <= maxClockSkew;
    }

    private static PublicKey ImportKey(string publicKeyHex)
    {
        Span<byte> raw = stackalloc byte[PublicKeyBytes];
        if (publicKeyHex is null || publicKeyHex.Length != PublicKeyBytes * 2 || !TryDecodeHex(publicKeyHex, raw)
            || !PublicKey.TryImport(Algorithm, raw, KeyBlobFormat.RawPublicKey, out var key) || key is null)
        {
            // The value is never echoed: only its length, which is enough to spot a pasted secret or a truncation.
            throw new ArgumentException(
                $"{PublicKeySetting} must be the application's public key from the Discord Developer Portal: "
                + $"{PublicKeyBytes * 2} hexadecimal characters (got {publicKeyHex?.Length ?? 0} characters, or non-hex ones).",
                nameof(publicKeyHex));
        }

        return key;
    }

    private static bool TryDecodeHex(string hex, Span<byte> destination) =>
        Convert.FromHexString(hex, destination, out var charsConsumed, out var bytesWritten) == OperationStatus.Done
        && charsConsumed == hex.Length
        && bytesWritten == destination.Length;
}
