using System.Collections.Concurrent;
using PaperBot.Core.Feeds;

namespace PaperBot.TestKit;

/// <summary>The feed run log in a dictionary, with the LiteDB log's semantics: the latest run per source, the later start winning.</summary>
public sealed class InMemoryFeedRunLog : IFeedRunLog
{
    private readonly ConcurrentDictionary<string, FeedRun> latest = new(StringComparer.Ordinal);

    public Task RecordAsync(FeedRun run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        cancellationToken.ThrowIfCancellationRequested();
        // Two runs overlapping (a manual one during the scheduled one) may record out of order; the later start wins.
        latest.AddOrUpdate(run.Source, run, (_, known) => run.Started >= known.Started ? run : known);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FeedRun>> LatestPerSourceAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<FeedRun>>(latest.Values.OrderBy(r => r.Source, StringComparer.Ordinal).ToList());
    }
}
