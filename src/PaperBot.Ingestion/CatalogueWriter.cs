using PaperBot.Core.Papers;
using PaperBot.Core.Search;

namespace PaperBot.Ingestion;

/// <summary>Saves papers and indexes them batch by batch, the store and the index working on a batch at the same
/// time, then commits the index at the revision of the last save (unless the caller commits later).</summary>
internal sealed class CatalogueWriter(IPaperStore store, IPaperIndex index, int batchSize)
{
    /// <param name="newCount">How many papers at the start of <paramref name="papers"/> the catalogue lacks; the store
    /// may insert those without looking them up.</param>
    public async Task<long> WriteAsync(IReadOnlyList<Paper> papers, int newCount, bool commit, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        long revision = 0;
        for (var start = 0; start < papers.Count; start += batchSize)
        {
            var batch = papers.Skip(start).Take(batchSize).ToArray();
            // Both calls may do all their work before returning their task (LiteDB and Lucene are synchronous
            // underneath), so each runs on its own pool thread: only then do they overlap.
            var newInBatch = Math.Clamp(newCount - start, 0, batch.Length);
            var saving = Task.Run(() => store.SaveAsync(batch, newInBatch, cancellationToken), cancellationToken);
            var indexing = Task.Run(() => index.IndexAsync(batch, cancellationToken), cancellationToken);
            await Task.WhenAll(saving, indexing);
            revision = await saving;
            progress?.Report(new IngestProgress(IngestStage.Writing, start + batch.Length, papers.Count));
        }
        if (commit)
            await index.CommitAsync(revision, cancellationToken);
        return revision;
    }
}
