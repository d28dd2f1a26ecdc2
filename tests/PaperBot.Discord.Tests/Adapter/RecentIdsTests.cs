using PaperBot.Discord.Hosting;

namespace PaperBot.Discord.Tests.Adapter;

public sealed class RecentIdsTests
{
    [Fact]
    public void An_id_delivered_twice_is_first_only_once_and_old_ids_are_let_go()
    {
        var ids = new RecentIds(capacity: 2);
        Assert.True(ids.FirstTime("a"));
        Assert.False(ids.FirstTime("a"));
        Assert.True(ids.FirstTime("b"));
        Assert.True(ids.FirstTime("c"));
        // Only the last two are kept, so memory stays bounded.
        Assert.True(ids.FirstTime("a"));
        Assert.False(ids.FirstTime("c"));
    }
}
