using PaperBot.Core.Papers;

namespace PaperBot.Ingestion.Merging;

/// <summary>
/// Recognises one paper seen more than once (the same arXiv id, else the same <see cref="PaperTitle.Key"/>, unless
/// both records carry different arXiv ids) and keeps the richer of each field. Pure: no store, no clock.
/// </summary>
public static class CatalogueMerger
{
    /// <summary>Merges the duplicates among <paramref name="papers"/>; the result keeps first-seen order.</summary>
    public static IReadOnlyList<Paper> Deduplicate(IEnumerable<Paper> papers)
    {
        var merged = new List<Paper>();
        var byId = new Dictionary<PaperId, int>();
        var byTitleKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            // Normalising a title is the costly part of all this, so each paper's key is computed once.
            var titleKey = paper.TitleKey;
            var slot = FindSlot(paper, titleKey, merged, byId, byTitleKey);
            if (slot is { } existing)
            {
                merged[existing] = Merge(merged[existing], paper);
            }
            else
            {
                slot = merged.Count;
                merged.Add(paper);
            }
            byId[merged[slot.Value].Id] = slot.Value;
            byId.TryAdd(paper.Id, slot.Value);
            var slots = byTitleKey.TryGetValue(titleKey, out var list) ? list : byTitleKey[titleKey] = [];
            if (!slots.Contains(slot.Value))
                slots.Add(slot.Value);
        }
        return merged;
    }

    /// <summary>Whether two records may be the same paper by title: not when each has its own, different arXiv id.</summary>
    public static bool MayShareTitle(Paper a, Paper b) => !(a.Id.IsArxiv && b.Id.IsArxiv && a.Id != b.Id);

    /// <summary>Two records of one paper as one: <paramref name="first"/>'s id and text win ties, but an arXiv id
    /// beats a title-hash id.</summary>
    public static Paper Merge(Paper first, Paper second) =>
        Combine(first.Id.IsArxiv || !second.Id.IsArxiv ? first.Id : second.Id, first, second);

    /// <summary>An incoming record merged into the stored paper. The stored id is kept even when the incoming record
    /// has an arXiv id, because ratings and digests already point at it.</summary>
    public static Paper MergeInto(Paper stored, Paper incoming) => Combine(stored.Id, stored, incoming);

    /// <summary>Field-by-field equality (records compare lists by reference), used to tell an unchanged paper.</summary>
    public static bool SameContent(Paper a, Paper b) =>
        a.Id == b.Id && a.Title == b.Title && a.Abstract == b.Abstract
        && a.Authors.SequenceEqual(b.Authors, StringComparer.Ordinal)
        && a.Categories.SequenceEqual(b.Categories, StringComparer.Ordinal)
        && a.Published == b.Published && a.Links == b.Links
        && a.Sources.SequenceEqual(b.Sources, StringComparer.Ordinal)
        && a.FirstSeen == b.FirstSeen && a.Upvotes == b.Upvotes;

    private static int? FindSlot(Paper paper, string titleKey, List<Paper> merged, Dictionary<PaperId, int> byId, Dictionary<string, List<int>> byTitleKey)
    {
        if (byId.TryGetValue(paper.Id, out var slot))
            return slot;
        if (byTitleKey.TryGetValue(titleKey, out var slots))
        {
            foreach (var candidate in slots)
            {
                if (MayShareTitle(merged[candidate], paper))
                    return candidate;
            }
        }
        return null;
    }

    private static Paper Combine(PaperId id, Paper first, Paper second) => new(
        id,
        first.Title.Length > 0 ? first.Title : second.Title,
        Abstract(first.Abstract, second.Abstract),
        Authors(first.Authors, second.Authors),
        Union(first.Categories, second.Categories),
        Earliest(first.Published, second.Published),
        first.Links.Merge(second.Links),
        Union(first.Sources, second.Sources),
        FirstSeen(first.FirstSeen, second.FirstSeen),
        first.Upvotes is { } a && second.Upvotes is { } b ? Math.Max(a, b) : first.Upvotes ?? second.Upvotes);

    /// <summary>A capture that cut an abstract off leaves a prefix of the full one: the longer wins then. Otherwise
    /// the first stays, so that ingesting again never flips a paper between two wordings.</summary>
    private static string Abstract(string first, string second)
    {
        if (first.Length == 0)
            return second;
        var stem = first.TrimEnd().TrimEnd('…', '.').TrimEnd();
        return second.Length > first.Length && second.StartsWith(stem, StringComparison.Ordinal) ? second : first;
    }

    /// <summary>A page lists the first three authors and "et al."; a feed lists them all. The fuller list wins.</summary>
    private static IReadOnlyList<string> Authors(IReadOnlyList<string> first, IReadOnlyList<string> second) =>
        second.Count > first.Count ? second : first;

    private static IReadOnlyList<string> Union(IReadOnlyList<string> first, IReadOnlyList<string> second)
    {
        if (second.All(s => first.Contains(s, StringComparer.Ordinal)))
            return first;
        return first.Concat(second).Distinct(StringComparer.Ordinal).ToList();
    }

    private static DateOnly? Earliest(DateOnly? first, DateOnly? second) =>
        first is { } a && second is { } b ? (a <= b ? a : b) : first ?? second;

    /// <summary>A record that has not been through the ingestor has no first-seen time yet (the default).</summary>
    private static DateTimeOffset FirstSeen(DateTimeOffset first, DateTimeOffset second)
    {
        if (first == default)
            return second;
        if (second == default)
            return first;
        return first <= second ? first : second;
    }
}
