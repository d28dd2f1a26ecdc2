namespace PaperBot.Recommender.Content;

/// <summary>Hashes a phrase key (two token ids packed in a long) well. The default <c>long</c> hash XORs the halves,
/// so with small token ids most phrases collide (a^b == b^a, and the ids share their high bits), which made counting
/// phrases over a large catalogue about forty times slower.</summary>
internal sealed class PhraseKeyComparer : IEqualityComparer<long>
{
    public static PhraseKeyComparer Instance { get; } = new();

    public bool Equals(long x, long y) => x == y;

    // Fibonacci hashing: multiply by 2^64/φ and keep the high bits, where every input bit has mixed in.
    public int GetHashCode(long obj) => (int)(((ulong)obj * 0x9E3779B97F4A7C15UL) >> 32);
}
