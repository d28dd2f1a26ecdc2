using PaperBot.Core.Feeds;
using PaperBot.Storage.LiteDb.Documents;

namespace PaperBot.Storage.LiteDb.Feeds;

internal static class FeedRunMapping
{
    public static FeedRunDocument ToDocument(FeedRun run) => new()
    {
        Id = run.Source,
        Started = StoredTime.Format(run.Started),
        StartedTicks = StoredTime.SortKey(run.Started),
        Finished = StoredTime.Format(run.Finished),
        Succeeded = run.Succeeded,
        Read = run.Read,
        New = run.New,
        Updated = run.Updated,
        Skipped = run.Skipped,
        Error = run.Error,
    };

    public static FeedRun ToRun(FeedRunDocument document) => new(
        document.Id,
        StoredTime.Parse(document.Started),
        StoredTime.Parse(document.Finished),
        document.Succeeded,
        document.Read,
        document.New,
        document.Updated,
        document.Skipped,
        document.Error);
}
