using PaperBot.Ingestion.Feeds;
using Quartz;

namespace PaperBot.Host.Scheduling;

/// <summary>Fetches the configured arXiv categories and Hugging Face daily papers; one failing source never stops the others.</summary>
[DisallowConcurrentExecution]
public sealed class FeedIngestionJob(FeedIngestion feeds) : IJob
{
    public static readonly JobKey Key = new("feed-ingestion", "paperbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        await feeds.IngestAllAsync(cancellationToken);
}
