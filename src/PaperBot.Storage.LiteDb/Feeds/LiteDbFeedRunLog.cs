using PaperBot.Core.Feeds;

namespace PaperBot.Storage.LiteDb.Feeds;

/// <summary>The latest run of each feed source in the <c>feedruns</c> collection, one document per source, so that
/// <c>/papers status</c> still knows how ingestion went after a restart.</summary>
public sealed class LiteDbFeedRunLog(LiteDbContext context) : IFeedRunLog
{
    public Task RecordAsync(FeedRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        cancellationToken.ThrowIfCancellationRequested();
        var document = FeedRunMapping.ToDocument(run);
        // Read and write in one transaction: two runs of a source overlapping may record out of order, and the later start wins.
        context.InTransaction(() =>
        {
            var known = context.FeedRuns.FindById(document.Id);
            var later = known is null || known.StartedTicks <= document.StartedTicks;
            if (later)
                context.FeedRuns.Upsert(document);
            return later;
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FeedRun>> LatestPerSourceAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<FeedRun> runs = context.FeedRuns.FindAll()
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(FeedRunMapping.ToRun)
            .ToList();
        return Task.FromResult(runs);
    }
}
