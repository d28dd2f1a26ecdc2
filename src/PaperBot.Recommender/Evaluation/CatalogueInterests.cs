using PaperBot.Core.Papers;

namespace PaperBot.Recommender.Evaluation;

/// <summary>The interests a simulated reader can hold, each a set of catalogue indices, found from the papers'
/// metadata only (see <see cref="InterestSource"/>).</summary>
internal static class CatalogueInterests
{
    /// <summary>An interest smaller than this leaves too little to rank once a reader has thumbed part of it.</summary>
    public const int MinPapers = 6;

    /// <summary>A research group: an author and the four who share most papers with them.</summary>
    private const int GroupSize = 5;

    public static List<int[]> Find(IReadOnlyList<Paper> papers, InterestSource source)
    {
        var found = source switch
        {
            InterestSource.Keywords => TitleKeywords.Match(papers),
            InterestSource.Listings => Listings(papers),
            InterestSource.Authors => AuthorGroups(papers),
            _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
        };
        return [.. found.Where(set => set.Length >= MinPapers)];
    }

    private static List<int[]> Listings(IReadOnlyList<Paper> papers) =>
        [.. papers.SelectMany((p, i) => p.Sources.Select(s => (Source: s, Index: i)))
            .GroupBy(x => x.Source, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Select(x => x.Index).Distinct().Order().ToArray())];

    /// <summary>One group per author with at least three papers (in the order of their names), so groups overlap as
    /// real groups do; duplicates are dropped.</summary>
    private static List<int[]> AuthorGroups(IReadOnlyList<Paper> papers)
    {
        var byAuthor = papers.SelectMany((p, i) => p.Authors.Select(a => (Author: a, Index: i)))
            .GroupBy(x => x.Author, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Index).ToHashSet(), StringComparer.Ordinal);
        var groups = new List<int[]>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (author, own) in byAuthor.Where(a => a.Value.Count >= 3).OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var coauthors = own.SelectMany(i => papers[i].Authors).Where(a => a != author)
                .GroupBy(a => a, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(GroupSize - 1).Select(g => g.Key);
            var members = coauthors.Aggregate(new HashSet<int>(own), (set, a) => { set.UnionWith(byAuthor[a]); return set; });
            var group = members.Order().ToArray();
            if (seen.Add(string.Join(',', group)))
                groups.Add(group);
        }
        return groups;
    }
}
