using System.Globalization;
using PaperBot.Core.Digests;
using PaperBot.Core.Feeds;

namespace PaperBot.Host.Scheduling;

/// <summary>The feed runs as <c>/papers status</c> lines.</summary>
public sealed class FeedRunStatus(IFeedRunLog log) : IFeedStatus
{
    public async Task<IReadOnlyList<string>> DescribeAsync(CancellationToken cancellationToken = default)
    {
        var runs = await log.LatestPerSourceAsync(cancellationToken);
        if (runs.Count == 0)
            return ["No scheduled ingestion has run yet."];
        return runs.Select(run => string.Create(CultureInfo.InvariantCulture, $"{run.Source}: {run.Finished:yyyy-MM-dd HH:mm} UTC, ") +
            (run.Succeeded ? $"{run.New} new of {run.Read} read" + (run.Skipped > 0 ? $", {run.Skipped} entries unreadable" : "") : $"failed: {run.Error}")).ToList();
    }
}
