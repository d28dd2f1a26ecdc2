using System.Security.Cryptography;

namespace PaperBot.Adapters;

/// <summary>Capped exponential backoff with jitter (half fixed, half random), reset after a healthy connection
/// (Discord's READY or RESUMED, Slack's hello).</summary>
internal sealed class ReconnectBackoff(TimeSpan initial, TimeSpan max, Func<double> random)
{
    private int attempts;

    /// <summary>Jitter source in [0, 1); tests pass their own.</summary>
    public static double SystemRandom() => RandomNumberGenerator.GetInt32(int.MaxValue) / (double)int.MaxValue;

    public TimeSpan Next()
    {
        var exponent = Math.Min(attempts, 30);
        attempts++;
        var ceiling = Math.Min(initial.TotalMilliseconds * Math.Pow(2, exponent), max.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (0.5 * random())));
    }

    public void Reset() => attempts = 0;
}
