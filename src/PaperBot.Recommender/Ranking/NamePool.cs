using System.Runtime.InteropServices;

namespace PaperBot.Recommender.Ranking;

/// <summary>
/// Names and lists of names that many papers repeat (authors, categories, listings), held once rather than once per
/// paper: a store hands out a fresh string for every occurrence, and at a million papers those copies were about
/// 0.5 KB a paper of the recommender's view. One pool serves one view while it is built, and is dropped afterwards.
/// </summary>
internal sealed class NamePool
{
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    // Whole lists too: a catalogue has few distinct sets of categories or sources.
    private readonly Dictionary<IReadOnlyList<string>, string[]> lists = new(SameNames.Instance);

    /// <summary>The names, each the pool's instance, in a list of their own (an author list is rarely repeated whole).</summary>
    public string[] Names(IReadOnlyList<string> values)
    {
        if (values.Count == 0)
            return [];
        var shared = new string[values.Count];
        for (var i = 0; i < shared.Length; i++)
            shared[i] = Name(values[i]);
        return shared;
    }

    /// <summary>The pool's instance of the whole list.</summary>
    public string[] SharedList(IReadOnlyList<string> values)
    {
        if (values.Count == 0)
            return [];
        if (!lists.TryGetValue(values, out var shared))
        {
            shared = Names(values);
            lists[shared] = shared;
        }
        return shared;
    }

    private string Name(string value)
    {
        ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(names, value, out _);
        return shared ??= value;
    }

    /// <summary>Lists with the same names in the same order.</summary>
    private sealed class SameNames : IEqualityComparer<IReadOnlyList<string>>
    {
        public static SameNames Instance { get; } = new();

        public bool Equals(IReadOnlyList<string>? x, IReadOnlyList<string>? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.SequenceEqual(y, StringComparer.Ordinal));

        public int GetHashCode(IReadOnlyList<string> names)
        {
            var hash = new HashCode();
            foreach (var name in names)
                hash.Add(name, StringComparer.Ordinal);
            return hash.ToHashCode();
        }
    }
}
