namespace PaperBot.Ingestion.Feeds;

/// <summary>Remembers feed runs so that <c>/papers status</c> can show the last one per source.</summary>
public interface IFeedRunLog
{
    Task RecordAsync(FeedRun run, CancellationToken cancellationToken = default);

    /// <summary>The latest run of every source that ever ran, ordered by source.</summary>
    Task<IReadOnlyList<FeedRun>> LatestPerSourceAsync(CancellationToken cancellationToken = default);
}
