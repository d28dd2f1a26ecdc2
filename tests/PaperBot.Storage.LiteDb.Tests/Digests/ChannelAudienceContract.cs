using PaperBot.Core.Digests;
using PaperBot.Core.Users;
using static PaperBot.Storage.LiteDb.Tests.Digests.DigestSamples;

namespace PaperBot.Storage.LiteDb.Tests.Digests;

/// <summary>What every <see cref="IChannelAudience"/> must do; run against each implementation by a subclass.</summary>
public abstract class ChannelAudienceContract : IDisposable
{
    protected static readonly UserRef Grace = new(Platforms.Discord, "guild-1", "1002");
    protected static readonly UserRef Edsger = new(Platforms.Discord, "guild-1", "1003");

    protected abstract IChannelAudience Audience { get; }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    [Fact]
    public async Task Members_come_back_the_most_recent_rater_first_up_to_the_limit()
    {
        await Audience.RecordAsync(Channel(), Ada, Now);
        await Audience.RecordAsync(Channel(), Grace, Now.AddMinutes(5));
        await Audience.RecordAsync(Channel(), Edsger, Now.AddMinutes(-5));

        Assert.Equal([Grace, Ada, Edsger], await Audience.MembersAsync(Channel(), 10));
        Assert.Equal([Grace, Ada], await Audience.MembersAsync(Channel(), 2));
        Assert.Empty(await Audience.MembersAsync(Channel(), 0));
    }

    [Fact]
    public async Task Rating_again_moves_a_member_to_the_front_and_an_older_time_recorded_late_does_not()
    {
        await Audience.RecordAsync(Channel(), Ada, Now);
        await Audience.RecordAsync(Channel(), Grace, Now.AddMinutes(1));

        await Audience.RecordAsync(Channel(), Ada, Now.AddMinutes(2));
        Assert.Equal([Ada, Grace], await Audience.MembersAsync(Channel(), 10));

        await Audience.RecordAsync(Channel(), Grace, Now.AddMinutes(3).ToOffset(TimeSpan.FromHours(-8)));
        await Audience.RecordAsync(Channel(), Grace, Now);
        Assert.Equal([Grace, Ada], await Audience.MembersAsync(Channel(), 10));
    }

    [Fact]
    public async Task Each_channel_has_its_own_audience()
    {
        await Audience.RecordAsync(Channel("C-general"), Ada, Now);
        await Audience.RecordAsync(Channel("C-general-2"), Grace, Now);
        // A channel id that looks like a key separator still names one channel only.
        await Audience.RecordAsync(Channel("C|general"), Edsger, Now);

        Assert.Equal([Ada], await Audience.MembersAsync(Channel("C-general"), 10));
        Assert.Equal([Grace], await Audience.MembersAsync(Channel("C-general-2"), 10));
        Assert.Equal([Edsger], await Audience.MembersAsync(Channel("C|general"), 10));
        Assert.Empty(await Audience.MembersAsync(Channel("C-unknown"), 10));
        Assert.Empty(await Audience.MembersAsync(DigestTarget.Channel(Platforms.Slack, "guild-1", "C-general"), 10));
    }

    [Fact]
    public async Task A_channel_id_with_like_wildcards_names_that_channel_only()
    {
        await Audience.RecordAsync(Channel("C-general"), Ada, Now);
        await Audience.RecordAsync(Channel("C_general"), Grace, Now);
        await Audience.RecordAsync(Channel("C%"), Edsger, Now);

        Assert.Equal([Grace], await Audience.MembersAsync(Channel("C_general"), 10));
        Assert.Equal([Edsger], await Audience.MembersAsync(Channel("C%"), 10));
        Assert.Empty(await Audience.MembersAsync(Channel("C"), 10));
    }

    [Fact]
    public async Task Forgetting_a_person_removes_them_from_every_channel_and_no_one_else()
    {
        await Audience.RecordAsync(Channel("C-general"), Ada, Now);
        await Audience.RecordAsync(Channel("C-papers"), Ada, Now);
        await Audience.RecordAsync(Channel("C-general"), Grace, Now.AddMinutes(1));

        Assert.Equal(2, await Audience.ForgetAsync(Ada));

        Assert.Equal([Grace], await Audience.MembersAsync(Channel("C-general"), 10));
        Assert.Empty(await Audience.MembersAsync(Channel("C-papers"), 10));
        Assert.Equal(0, await Audience.ForgetAsync(Ada));
    }

    [Fact]
    public async Task A_DM_has_no_audience()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Audience.RecordAsync(DigestTarget.Direct(Alan), Ada, Now));

        Assert.Empty(await Audience.MembersAsync(DigestTarget.Direct(Alan), 10));
    }
}
