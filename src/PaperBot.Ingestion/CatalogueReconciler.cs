using PaperBot.Core.Papers;
using PaperBot.Ingestion.Merging;

namespace PaperBot.Ingestion;

/// <summary>What the papers of one ingest do to the catalogue.</summary>
/// <param name="ToWrite">New papers and changed stored papers (new first; the known-new before the looked-up ones).</param>
internal sealed record Reconciliation(IReadOnlyList<Paper> ToWrite, int New, int Merged, int Unchanged);

/// <summary>Matches incoming papers (already free of duplicates among themselves) with the stored catalogue.</summary>
internal sealed class CatalogueReconciler(IPaperStore store, int chunkSize)
{
    /// <param name="knownNew">Says which papers the caller knows the catalogue lacks (see <see cref="CatalogueStream"/>);
    /// they are not looked up. Without it, an empty catalogue is the only such knowledge.</param>
    public async Task<Reconciliation> ReconcileAsync(IReadOnlyList<Paper> incoming, Func<Paper, bool>? knownNew, CancellationToken cancellationToken)
    {
        // A first ingest into an empty catalogue (the common large case) needs no look-ups at all.
        if (knownNew is null && await store.CountAsync(cancellationToken) == 0)
            return new Reconciliation(incoming, incoming.Count, 0, 0);
        var fresh = new List<Paper>();
        var unknown = new List<Paper>(incoming.Count);
        foreach (var paper in incoming)
            (knownNew?.Invoke(paper) == true ? fresh : unknown).Add(paper);
        if (unknown.Count == 0)
            return new Reconciliation(fresh, fresh.Count, 0, 0);
        var titleKeys = unknown.Select(p => p.TitleKey).ToArray();
        var stored = await LookUpAsync(unknown, titleKeys, cancellationToken);
        var byId = stored.ToDictionary(p => p.Id);
        var byTitleKey = stored.ToLookup(p => p.TitleKey, StringComparer.Ordinal);
        var updated = new Dictionary<PaperId, Paper>();
        for (var i = 0; i < unknown.Count; i++)
        {
            var paper = unknown[i];
            var match = byId.GetValueOrDefault(paper.Id) ?? byTitleKey[titleKeys[i]].FirstOrDefault(s => CatalogueMerger.MayShareTitle(s, paper));
            if (match is null)
                fresh.Add(paper);
            else
                updated[match.Id] = CatalogueMerger.MergeInto(updated.GetValueOrDefault(match.Id) ?? match, paper);
        }
        var changed = updated.Values.Where(p => !CatalogueMerger.SameContent(byId[p.Id], p)).ToList();
        return new Reconciliation([.. fresh, .. changed], fresh.Count, changed.Count, updated.Count - changed.Count);
    }

    private async Task<List<Paper>> LookUpAsync(List<Paper> incoming, string[] titleKeys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<PaperId, Paper>();
        foreach (var ids in incoming.Select(p => p.Id).Distinct().Chunk(chunkSize))
        {
            foreach (var paper in await store.FindManyAsync(ids, cancellationToken))
                found.TryAdd(paper.Id, paper);
        }
        // A paper found by its id is matched by it, so only the others need a look-up by title: a rerun of an
        // interrupted ingest, where nearly every id is stored, then costs one look-up per id and no more.
        var unmatchedKeys = titleKeys.Where((_, i) => !found.ContainsKey(incoming[i].Id)).Distinct(StringComparer.Ordinal);
        foreach (var keys in unmatchedKeys.Chunk(chunkSize))
        {
            foreach (var paper in await store.FindByTitleKeysAsync(keys, cancellationToken))
                found.TryAdd(paper.Id, paper);
        }
        return [.. found.Values];
    }
}
