using PaperBot.Core.Feeds;
using PaperBot.TestKit;

namespace PaperBot.Storage.LiteDb.Tests.Feeds;

public sealed class InMemoryFeedRunLogTests : FeedRunLogContract
{
    protected override IFeedRunLog Log { get; } = new InMemoryFeedRunLog();
}
