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
    ILogger<CatalogueBootstrapper> logger)
{
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
    public async Task EnsureIndexAsync(CancellationToken cancellationToken = default)
    {
        var revision = await papers.RevisionAsync(cancellationToken);
        var indexed = await index.RevisionAsync(cancellationToken);
        if (indexed == revision)
            return;
        logger.LogInformation("Rebuilding the search index (index at revision {Indexed}, catalogue at {Revision})", indexed?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none", revision);
        var count = await papers.CountAsync(cancellationToken);
        await progress.RunAsync(async report =>
        {
            var rebuilt = new IndexProgress(done => report.Report(new ProgressStep("Rebuilding the search index", done, count)));
            await index.RebuildAsync(papers.AllAsync(cancellationToken), revision, rebuilt, cancellationToken);
            return count;
        });
    }

    private sealed class IndexProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
