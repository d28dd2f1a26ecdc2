using System.Collections.Concurrent;

namespace PaperBot.Ingestion.Feeds;

/// <summary>The run log until a durable one is registered: forgotten on restart, which only empties <c>/papers status</c>.</summary>
public sealed class InMemoryFeedRunLog : IFeedRunLog
{
    private readonly ConcurrentDictionary<string, FeedRun> latest = new(StringComparer.Ordinal);

    public Task RecordAsync(FeedRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        // Two runs overlapping (a manual one during the scheduled one) may record out of order; the later start wins.
        latest.AddOrUpdate(run.Source, run, (_, known) => run.Started >= known.Started ? run : known);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FeedRun>> LatestPerSourceAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<FeedRun>>(latest.Values.OrderBy(r => r.Source, StringComparer.Ordinal).ToList());
}
