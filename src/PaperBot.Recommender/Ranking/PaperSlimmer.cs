using System.Runtime.InteropServices;
using PaperBot.Core.Papers;

namespace PaperBot.Recommender.Ranking;

/// <summary>
/// Papers as the recommender's view keeps them. Abstracts and links are dropped, because ranking never reads them
/// once it has the features. Kept, they would be most of a large catalogue's view: about 3 KB a paper. Names and
/// listings that many papers repeat (authors, categories, sources) are held once rather than once per paper. A
/// store hands out a fresh string for every occurrence, and at a million papers those copies were about 0.5 KB a paper.
/// One slimmer serves one view while it is built, and is dropped with its pools afterwards.
/// </summary>
internal sealed class PaperSlimmer
{
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    // Whole lists too: a catalogue has few distinct sets of categories or sources.
    private readonly Dictionary<IReadOnlyList<string>, string[]> lists = new(SameNames.Instance);

    public Paper Slim(Paper paper) => paper with
    {
        Abstract = string.Empty,
        Links = PaperLinks.None,
        Authors = Names(paper.Authors),
        Categories = SharedList(paper.Categories),
        Sources = SharedList(paper.Sources),
    };

    private string[] Names(IReadOnlyList<string> values)
    {
        if (values.Count == 0)
            return [];
        var shared = new string[values.Count];
        for (var i = 0; i < shared.Length; i++)
            shared[i] = Name(values[i]);
        return shared;
    }

    private string Name(string value)
    {
        ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(names, value, out _);
        return shared ??= value;
    }

    private string[] SharedList(IReadOnlyList<string> values)
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
