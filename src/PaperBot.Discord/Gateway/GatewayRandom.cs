using System.Security.Cryptography;

namespace PaperBot.Discord.Gateway;

/// <summary>Jitter source in [0, 1); tests pass their own.</summary>
internal static class GatewayRandom
{
    public static double NextDouble() => RandomNumberGenerator.GetInt32(int.MaxValue) / (double)int.MaxValue;
}
