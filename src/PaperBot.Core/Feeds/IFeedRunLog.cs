namespace PaperBot.Core.Feeds;

/// <summary>Remembers feed runs so that <c>/papers status</c> can show the last one per source. Only the latest run of
/// each source is kept: when two runs of a source overlap, the one that started later wins, whatever order they are
/// recorded in.</summary>
public interface IFeedRunLog
{
    Task RecordAsync(FeedRun run, CancellationToken cancellationToken = default);

    /// <summary>The latest run of every source that ever ran, ordered by source (ordinal).</summary>
    Task<IReadOnlyList<FeedRun>> LatestPerSourceAsync(CancellationToken cancellationToken = default);
}
