using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;
using PaperBot.Core.Search;
using PaperBot.Host.Output;
using PaperBot.Ingestion;

namespace PaperBot.Host.Hosting;

/// <summary>Makes the catalogue usable: the seed pages on a first start, and a search index that matches the store.</summary>
public sealed class CatalogueBootstrapper(
    IPaperStore papers,
    IPaperIndex index,
    CatalogueIngestor ingestor,
    IOptions<SeedOptions> seeds,
    ProgressReporter progress,
    IndexRebuildStatus status,
    TimeProvider time,
    ILogger<CatalogueBootstrapper> logger) : IDisposable
{
    /// <summary>One check at a time: a command beside the bot may ask while the bot's start rebuilds, and must then
    /// find the index rebuilt rather than rebuild it again.</summary>
    private readonly SemaphoreSlim ensuring = new(1, 1);

    public async Task SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (!seeds.Value.IngestOnFirstStart || await papers.CountAsync(cancellationToken) > 0)
            return;
        var folder = DataPaths.Resolve(seeds.Value.Path);
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("The catalogue is empty and the seed folder {Folder} does not exist (Seeds:Path)", folder);
            return;
        }
        var summary = await ingestor.IngestAsync([folder], cancellationToken: cancellationToken);
        logger.LogInformation("First start: ingested {New} papers from {Folder}", summary.New, folder);
    }

    /// <summary>Rebuilds the index from the store when it is missing, corrupt, or reflects another catalogue revision.</summary>
    /// <param name="showProgress">Whether a progress bar shows on this process's standard error (a command that opened
    /// the database itself), or only <see cref="IndexRebuildStatus"/> and the log tell (the bot, whose chat may be on that
    /// terminal, and the commands it serves).</param>
    public async Task EnsureIndexAsync(bool showProgress, CancellationToken cancellationToken = default)
    {
        await ensuring.WaitAsync(cancellationToken);
        try
        {
            var revision = await papers.RevisionAsync(cancellationToken);
            var indexed = await index.RevisionAsync(cancellationToken);
            if (indexed == revision)
                return;
            logger.LogInformation("Rebuilding the search index (index at revision {Indexed}, catalogue at {Revision})", indexed?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none", revision);
            var started = time.GetTimestamp();
            var count = await papers.CountAsync(cancellationToken);
            status.Report(0, count);
            try
            {
                if (showProgress)
                    await progress.RunAsync(async report =>
                    {
                        await RebuildAsync(revision, count, done => report.Report(new ProgressStep("Rebuilding the search index", done, count)), cancellationToken);
                        return count;
                    });
                else
                    await RebuildAsync(revision, count, _ => { }, cancellationToken);
            }
            finally
            {
                status.Finished();
            }
            logger.LogInformation("Rebuilt the search index: {Count} papers in {Seconds:F1} s", count, time.GetElapsedTime(started).TotalSeconds);
        }
        finally
        {
            ensuring.Release();
        }
    }

    private Task RebuildAsync(long revision, int count, Action<int> report, CancellationToken cancellationToken) =>
        index.RebuildAsync(papers.AllAsync(cancellationToken), revision, new IndexProgress(done =>
        {
            status.Report(done, count);
            report(done);
        }), cancellationToken);

    public void Dispose() => ensuring.Dispose();

    private sealed class IndexProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
