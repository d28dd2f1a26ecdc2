using PaperBot.Core.Papers;

namespace PaperBot.Ingestion;

/// <summary>
/// Stores a long stream of papers (a snapshot file) chunk after chunk, each chunk saved in bounded store transactions,
/// and commits the index every <c>commitEvery</c> written papers and at the end rather than after every chunk: each
/// commit flushes a small segment and syncs every new file, and small segments mean more merging.
/// Into a catalogue that was empty when the stream began, a paper with an arXiv id not seen earlier in the stream is
/// known to be new and is not looked up (two different arXiv ids are never one paper, so no title can match either);
/// only the ids' 64-bit hashes are remembered, and a paper whose hash was seen is looked up as usual.
/// </summary>
/// <remarks>A writer beside the stream (the bot's own feeds) could add such a paper meanwhile; it is then saved over,
/// not merged, and still kept once, since the store and the index both replace by id.</remarks>
internal sealed class CatalogueStream
{
    private readonly CatalogueUpdater updater;
    private readonly int commitEvery;
    private readonly int compactAfter;
    private int written;
    private readonly HashSet<ulong>? seen;
    private long? uncommitted;
    private int writtenSinceCommit;

    private CatalogueStream(CatalogueUpdater updater, int commitEvery, int compactAfter, bool catalogueEmpty)
    {
        this.updater = updater;
        this.commitEvery = commitEvery;
        this.compactAfter = compactAfter;
        seen = catalogueEmpty ? [] : null;
    }

    /// <summary>What the chunks stored so far did.</summary>
    public CatalogueChange Change { get; private set; } = CatalogueChange.None;

    public static async Task<CatalogueStream> StartAsync(CatalogueUpdater updater, int commitEvery, int compactAfter, CancellationToken cancellationToken) =>
        new(updater, Math.Max(1, commitEvery), compactAfter, await updater.IsCatalogueEmptyAsync(cancellationToken));

    public async Task StoreAsync(IReadOnlyList<Paper> chunk, CancellationToken cancellationToken)
    {
        var change = await updater.StoreAsync(chunk, seen is null ? null : IsUnseen, commit: false, progress: null, cancellationToken);
        if (seen is not null)
        {
            foreach (var paper in chunk)
                seen.Add(Hash(paper.Id.Value));
        }
        Change = Change.Then(change);
        if (change.Revision is { } revision)
        {
            uncommitted = revision;
            writtenSinceCommit += change.New + change.Merged;
            written += change.New + change.Merged;
        }
        if (writtenSinceCommit >= commitEvery)
            await CommitAsync(cancellationToken);
    }

    /// <summary>Commits what is still uncommitted, and merges the index after a bulk load; after a failure it is not
    /// called, and the next start rebuilds the index, which then lags the store.</summary>
    public async Task CompleteAsync(IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        if (uncommitted is not null)
            await CommitAsync(cancellationToken);
        if (compactAfter <= 0 || written < compactAfter)
            return;
        progress?.Report(new IngestProgress(IngestStage.Compacting, 0, 1));
        await updater.CompactAsync(cancellationToken);
        progress?.Report(new IngestProgress(IngestStage.Compacting, 1, 1));
    }

    private async Task CommitAsync(CancellationToken cancellationToken)
    {
        await updater.CommitAsync(uncommitted!.Value, cancellationToken);
        (uncommitted, writtenSinceCommit) = (null, 0);
    }

    private bool IsUnseen(Paper paper) => paper.Id.IsArxiv && !seen!.Contains(Hash(paper.Id.Value));

    /// <summary>FNV-1a over the id's characters: stable, and 64 bits make a false "seen" (a needless look-up) rare.</summary>
    private static ulong Hash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
            hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}
