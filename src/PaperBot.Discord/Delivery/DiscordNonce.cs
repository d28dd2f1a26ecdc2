using System.Security.Cryptography;
using System.Text;

namespace PaperBot.Discord.Delivery;

/// <summary>Discord's nonce is at most 25 characters, PaperBot's delivery keys are longer: the nonce is a digest of the
/// key, the same on every try, in 24 URL-safe characters.</summary>
internal static class DiscordNonce
{
    public static string For(string deliveryKey)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(deliveryKey));
        return Convert.ToBase64String(digest, 0, 18).Replace('+', '-').Replace('/', '_');
    }
}
