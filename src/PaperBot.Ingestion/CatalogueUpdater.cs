using PaperBot.Core.Papers;
using PaperBot.Core.Search;
using PaperBot.Ingestion.Merging;

namespace PaperBot.Ingestion;

/// <summary>Stores one set of read papers: merges their duplicates among themselves and with the stored catalogue,
/// then saves, indexes and commits only what is new or changed.</summary>
internal sealed class CatalogueUpdater(IPaperStore store, IPaperIndex index, TimeProvider time, IngestionOptions settings)
{
    public Task<CatalogueChange> StoreAsync(IReadOnlyList<Paper> read, IProgress<IngestProgress>? progress, CancellationToken cancellationToken) =>
        StoreAsync(read, knownNew: null, commit: true, progress, cancellationToken);

    /// <param name="knownNew">Papers the caller knows the catalogue lacks; see <see cref="CatalogueReconciler"/>.</param>
    /// <param name="commit">Whether to commit the index after saving; without it, the caller commits later with
    /// <see cref="CommitAsync"/>, and until then the index's searches do not see these papers.</param>
    public async Task<CatalogueChange> StoreAsync(IReadOnlyList<Paper> read, Func<Paper, bool>? knownNew, bool commit,
        IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var unique = CatalogueMerger.Deduplicate(read.Select(p => p.FirstSeen == default ? p with { FirstSeen = now } : p));
        var plan = await new CatalogueReconciler(store, Math.Max(1, settings.LookupChunkSize)).ReconcileAsync(unique, knownNew, cancellationToken);
        long? revision = plan.ToWrite.Count == 0
            ? null
            : await new CatalogueWriter(store, index, Math.Max(1, settings.WriteBatchSize)).WriteAsync(plan.ToWrite, plan.New, commit, progress, cancellationToken);
        return new CatalogueChange(read.Count - unique.Count, plan.New, plan.Merged, plan.Unchanged, revision);
    }

    public async Task<bool> IsCatalogueEmptyAsync(CancellationToken cancellationToken) => await store.CountAsync(cancellationToken) == 0;

    public Task CommitAsync(long revision, CancellationToken cancellationToken) => index.CommitAsync(revision, cancellationToken);

    public Task CompactAsync(CancellationToken cancellationToken) => index.CompactAsync(cancellationToken);
}
