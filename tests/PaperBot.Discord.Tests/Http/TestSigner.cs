using System.Text;
using NSec.Cryptography;

namespace PaperBot.Discord.Tests.Http;

/// <summary>A fresh Ed25519 key pair standing in for Discord's, to sign test requests the way Discord does.</summary>
internal sealed class TestSigner : IDisposable
{
    private readonly Key key = Key.Create(SignatureAlgorithm.Ed25519);

    public string PublicKeyHex => Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    /// <summary>Hex signature over UTF-8(timestamp) + body.</summary>
    public string Sign(string timestamp, ReadOnlySpan<byte> body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));

    public void Dispose() => key.Dispose();
}
