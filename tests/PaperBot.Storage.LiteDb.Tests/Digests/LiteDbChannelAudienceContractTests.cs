using PaperBot.Core.Digests;
using PaperBot.Core.Users;
using PaperBot.Storage.LiteDb.Digests;
using static PaperBot.Storage.LiteDb.Tests.Digests.DigestSamples;

namespace PaperBot.Storage.LiteDb.Tests.Digests;

public sealed class LiteDbChannelAudienceContractTests : ChannelAudienceContract
{
    private readonly TempDatabase database = new();

    public LiteDbChannelAudienceContractTests() => Audience = new LiteDbChannelAudience(database.Context);

    protected override IChannelAudience Audience { get; }

    [Fact]
    public async Task The_audience_survives_reopening_the_file()
    {
        await Audience.RecordAsync(Channel(), Ada, Now);
        await Audience.RecordAsync(Channel(), Grace, Now.AddHours(1));

        var reopened = new LiteDbChannelAudience(database.Reopen());

        Assert.Equal([Grace, Ada], await reopened.MembersAsync(Channel(), 10));
    }

    [Fact]
    public async Task Of_a_thousand_raters_the_fifty_most_recent_come_back_in_order()
    {
        var members = Enumerable.Range(0, 1_000).Select(i => new UserRef(Platforms.Discord, "guild-1", $"u{i}")).ToList();
        for (var i = 0; i < members.Count; i++)
            await Audience.RecordAsync(Channel(), members[i], Now.AddSeconds(i % 2 == 0 ? i : -i));
        await Audience.RecordAsync(Channel("C-other"), Ada, Now.AddDays(1));

        var top = await Audience.MembersAsync(Channel(), 50);

        var expected = members.Select((m, i) => (m, At: i % 2 == 0 ? i : -i)).OrderByDescending(e => e.At).Take(50).Select(e => e.m);
        Assert.Equal(expected, top);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            database.Dispose();
        base.Dispose(disposing);
    }
}
