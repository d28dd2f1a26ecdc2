using PaperBot.Host.Hosting;
using PaperBot.Ingestion.Feeds;
using Quartz;

namespace PaperBot.Host.Scheduling;

/// <summary>Fetches the configured arXiv categories and Hugging Face daily papers; one failing source never stops the others.</summary>
[DisallowConcurrentExecution]
public sealed class FeedIngestionJob(FeedIngestion feeds, CatalogueBootstrapper catalogue) : IJob
{
    public static readonly JobKey Key = new("feed-ingestion", "paperbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        // After the start's index rebuild, not beside it: a rebuild drops what was indexed and not yet committed.
        await catalogue.EnsureIndexAsync(showProgress: false, cancellationToken);
        await feeds.IngestAllAsync(cancellationToken);
    }
}
