using PaperBot.Core.Feeds;
using PaperBot.Storage.LiteDb.Feeds;

namespace PaperBot.Storage.LiteDb.Tests.Feeds;

public sealed class LiteDbFeedRunLogContractTests : FeedRunLogContract
{
    private readonly TempDatabase database = new();

    public LiteDbFeedRunLogContractTests() => Log = new LiteDbFeedRunLog(database.Context);

    protected override IFeedRunLog Log { get; }

    [Fact]
    public async Task The_runs_survive_reopening_the_file()
    {
        var failed = FeedRun.Failed("huggingface", Monday, Monday.AddSeconds(2), "HTTP 429 Too Many Requests after 4 attempts");
        var ok = Ok("arxiv:cs.LG", Monday);
        await Log.RecordAsync(failed);
        await Log.RecordAsync(ok);

        var reopened = new LiteDbFeedRunLog(database.Reopen());

        Assert.Equal([ok, failed], await reopened.LatestPerSourceAsync());
        await reopened.RecordAsync(Ok("huggingface", Monday.AddDays(-1)));
        Assert.Equal(failed, (await reopened.LatestPerSourceAsync())[1]);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            database.Dispose();
        base.Dispose(disposing);
    }
}
