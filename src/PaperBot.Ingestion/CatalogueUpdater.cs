using PaperBot.Core.Papers;
using PaperBot.Core.Search;
using PaperBot.Ingestion.Merging;

namespace PaperBot.Ingestion;

/// <summary>Stores one set of read papers: merges their duplicates among themselves and with the stored catalogue,
/// then saves, indexes and commits only what is new or changed.</summary>
internal sealed class CatalogueUpdater(IPaperStore store, IPaperIndex index, TimeProvider time, IngestionOptions settings)
{
    public async Task<CatalogueChange> StoreAsync(IReadOnlyList<Paper> read, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var unique = CatalogueMerger.Deduplicate(read.Select(p => p.FirstSeen == default ? p with { FirstSeen = now } : p));
        var plan = await new CatalogueReconciler(store, Math.Max(1, settings.LookupChunkSize)).ReconcileAsync(unique, cancellationToken);
        long? revision = plan.ToWrite.Count == 0
            ? null
            : await new CatalogueWriter(store, index, Math.Max(1, settings.WriteBatchSize)).WriteAsync(plan.ToWrite, progress, cancellationToken);
        return new CatalogueChange(read.Count - unique.Count, plan.New, plan.Merged, plan.Unchanged, revision);
    }
}
