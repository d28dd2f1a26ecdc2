namespace PaperBot.Recommender.Ranking;

/// <summary>A small seeded generator (SplitMix64) for sampling negatives and simulating users: the same seed gives
/// the same sequence on every machine and runtime, which evaluations and tests rely on. Not for security.</summary>
internal sealed class SeededRandom(ulong seed)
{
    private ulong state = seed;

    public static SeededRandom From(int seed, string salt) =>
        new((ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ StableHash(salt));

    public ulong NextULong()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, count).</summary>
    public int Next(int count) => (int)(NextDouble() * count);

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
            hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}
