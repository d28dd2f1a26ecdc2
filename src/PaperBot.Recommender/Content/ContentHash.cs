using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using PaperBot.Core.Papers;

namespace PaperBot.Recommender.Content;

/// <summary>What a paper's features are made from (<see cref="ContentSpace.Featurize"/>: title, abstract, authors,
/// categories, listings), hashed: equal hashes, the same features. Stable from one process to the next (XxHash3), so
/// a hash saved with a model still says after a restart whether a paper is as it was trained.</summary>
internal static class ContentHash
{
    [ThreadStatic]
    private static XxHash3? hasher;

    public static ulong Of(Paper paper)
    {
        var hash = hasher ??= new XxHash3();
        hash.Reset();
        Add(hash, paper.Title);
        Add(hash, paper.Abstract);
        Add(hash, paper.Authors);
        Add(hash, paper.Categories);
        Add(hash, paper.Sources);
        return hash.GetCurrentHashAsUInt64();
    }

    private static void Add(XxHash3 hash, IReadOnlyList<string> names)
    {
        AddLength(hash, names.Count);
        foreach (var name in names)
            Add(hash, name);
    }

    // Each text is followed by its length, so that ("ab", "c") and ("a", "bc") differ.
    private static void Add(XxHash3 hash, string text)
    {
        hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
        AddLength(hash, text.Length);
    }

    private static void AddLength(XxHash3 hash, int length)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, length);
        hash.Append(bytes);
    }
}
