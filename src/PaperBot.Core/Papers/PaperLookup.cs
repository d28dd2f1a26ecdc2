namespace PaperBot.Core.Papers;

/// <summary>Finds catalogue papers from what people type or list in files: a paper id (any arXiv form) or the exact title.</summary>
public sealed class PaperLookup(IPaperStore papers)
{
    /// <summary>Maps each text that names a catalogue paper to its id; texts naming nothing are left out.</summary>
    public async Task<IReadOnlyDictionary<string, PaperId>> ResolveAsync(IEnumerable<string> texts, CancellationToken cancellationToken = default)
    {
        var distinct = texts.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var resolved = new Dictionary<string, PaperId>(StringComparer.Ordinal);

        var asIds = distinct.Select(t => (Text: t, Ok: PaperId.TryParse(t, out var id), Id: id)).Where(x => x.Ok).ToList();
        var known = (await papers.FindManyAsync(asIds.Select(x => x.Id).Distinct().ToList(), cancellationToken)).Select(p => p.Id).ToHashSet();
        foreach (var (text, _, id) in asIds.Where(x => known.Contains(x.Id)))
            resolved[text] = id;

        var titles = distinct.Where(t => !resolved.ContainsKey(t)).ToList();
        var found = await papers.FindByTitleKeysAsync(titles.Select(PaperTitle.Key).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        var byExactTitle = found.GroupBy(p => p.Title, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        foreach (var title in titles.Where(byExactTitle.ContainsKey))
            resolved[title] = byExactTitle[title];
        return resolved;
    }
}
