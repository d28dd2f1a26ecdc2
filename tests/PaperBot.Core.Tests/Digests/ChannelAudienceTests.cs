using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Digests;
using PaperBot.Core.Papers;
using PaperBot.Core.Users;

namespace PaperBot.Core.Tests.Digests;

/// <summary>A channel digest is ranked for the channel: its owner, the people who rated cards there and the members the platform knows.</summary>
public sealed class ChannelAudienceTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TuesdayMorning = new(2026, 11, 24, 8, 0, 30, TimeSpan.Zero);
    private static readonly UserRef Owner = DigestWorld.Person("olga");
    private static readonly UserRef Bob = DigestWorld.Person("bob");
    private static readonly UserRef Cleo = DigestWorld.Person("cleo");
    private static readonly UserRef Dan = DigestWorld.Person("dan");

    [Fact]
    public async Task A_thumb_on_a_card_in_a_channel_makes_the_rater_part_of_its_audience()
    {
        var world = new DigestWorld(Monday);
        var papers = await world.ArriveAsync(2, "Monday");

        var reply = await world.RateAsync(Bob, DigestWorld.General, papers[0].Id);

        Assert.False(reply.IsError);
        Assert.Single(await world.Ratings.ForUserAsync(Bob));
        Assert.Equal([Bob], await world.Audience.MembersAsync(DigestWorld.GeneralTarget, 10));
    }

    [Fact]
    public async Task A_thumb_in_a_DM_or_on_an_unknown_paper_adds_no_one_to_any_channel()
    {
        var world = new DigestWorld(Monday);
        var papers = await world.ArriveAsync(1, "Monday");

        await world.RateAsync(Bob, DigestWorld.DirectWith(Bob), papers[0].Id);
        var unknown = await world.RateAsync(Cleo, DigestWorld.General, PaperId.FromArxiv("2401.99999"));

        Assert.True(unknown.IsError);
        Assert.Single(await world.Ratings.ForUserAsync(Bob));
        Assert.Empty(await world.Audience.MembersAsync(DigestWorld.GeneralTarget, 10));
        // Forgetting counts the channels a person was in: none for either.
        Assert.Equal(0, await world.Audience.ForgetAsync(Bob));
        Assert.Equal(0, await world.Audience.ForgetAsync(Cleo));
    }

    [Fact]
    public async Task A_channel_digest_is_ranked_for_the_owner_the_raters_latest_first_and_the_platform_members()
    {
        var world = new DigestWorld(Monday, services => services.AddSingleton<IChannelMembers>(new FixedMembers(DigestWorld.Platform, Dan, Bob)));
        await world.ArriveAsync(6, "Monday");
        // In the catalogue's order, which the stand-in recommender follows: the first two would lead the digest unrated.
        var papers = await world.Papers.AllAsync().ToListAsync();
        await SubscribeChannelAsync(world);
        await world.RateAsync(Bob, DigestWorld.General, papers[0].Id);
        world.Time.Advance(TimeSpan.FromMinutes(1));
        await world.RateAsync(Cleo, DigestWorld.General, papers[1].Id);

        world.Time.SetUtcNow(TuesdayMorning);
        await world.RunJobAsync();

        var request = Assert.Single(world.Recommender.Requests);
        Assert.Equal([Owner, Cleo, Bob, Dan], request.Target.Users);
        var sent = world.Chat.Posted.Where(p => p.Target == DigestWorld.GeneralTarget && p.Part.Card is not null).Select(p => p.Part.Card!.Paper).ToList();
        // The members' thumbs count: papers they rated are not recommended to the channel.
        Assert.Equal([papers[2].Id, papers[3].Id, papers[4].Id], sent);
    }

    [Fact]
    public async Task Only_the_members_the_platform_of_the_channel_knows_are_asked()
    {
        var world = new DigestWorld(Monday, services => services.AddSingleton<IChannelMembers>(new FixedMembers("elsewhere", Dan)));
        await world.ArriveAsync(3, "Monday");
        await SubscribeChannelAsync(world);

        world.Time.SetUtcNow(TuesdayMorning);
        await world.RunJobAsync();

        Assert.Equal([Owner], Assert.Single(world.Recommender.Requests).Target.Users);
    }

    [Fact]
    public async Task The_ranking_group_is_capped_keeping_the_owner_and_the_most_recent_raters()
    {
        var world = new DigestWorld(Monday, services => services.Configure<DigestOptions>(o => o.ChannelRankingMembers = 3));
        var papers = await world.ArriveAsync(8, "Monday");
        await SubscribeChannelAsync(world);
        foreach (var (rater, paper) in new[] { Bob, Cleo, Dan }.Zip(papers))
        {
            await world.RateAsync(rater, DigestWorld.General, paper.Id);
            world.Time.Advance(TimeSpan.FromMinutes(1));
        }

        world.Time.SetUtcNow(TuesdayMorning);
        await world.RunJobAsync();

        Assert.Equal([Owner, Dan, Cleo], Assert.Single(world.Recommender.Requests).Target.Users);
    }

    [Fact]
    public async Task A_DM_digest_is_ranked_for_its_person_alone_whatever_they_rated_in_channels()
    {
        var world = new DigestWorld(Monday, services => services.AddSingleton<IChannelMembers>(new FixedMembers(DigestWorld.Platform, Dan)));
        var papers = await world.ArriveAsync(4, "Monday");
        await world.SayAsync(Bob, "/papers subscribe time:08:00 tz:UTC days:daily size:3");
        await world.RateAsync(Bob, DigestWorld.General, papers[0].Id);
        await world.RateAsync(Cleo, DigestWorld.General, papers[1].Id);

        world.Time.SetUtcNow(TuesdayMorning);
        await world.RunJobAsync();

        var request = Assert.Single(world.Recommender.Requests);
        Assert.False(request.Target.IsGroup);
        Assert.Equal([Bob], request.Target.Users);
    }

    [Fact]
    public async Task Forget_me_takes_the_person_out_of_every_channel_audience()
    {
        var world = new DigestWorld(Monday);
        var papers = await world.ArriveAsync(5, "Monday");
        await SubscribeChannelAsync(world);
        var random = DigestWorld.General with { ChannelId = "random" };
        await world.RateAsync(Bob, DigestWorld.General, papers[0].Id);
        await world.RateAsync(Bob, random, papers[1].Id);
        await world.RateAsync(Cleo, DigestWorld.General, papers[2].Id);

        var done = await world.SayAsync(Bob, "/papers forget-me confirm:yes");

        Assert.Contains("your place in 2 channel audiences", done.Text, StringComparison.Ordinal);
        Assert.Equal([Cleo], await world.Audience.MembersAsync(DigestWorld.GeneralTarget, 10));
        Assert.Empty(await world.Audience.MembersAsync(DigestTarget.Channel(DigestWorld.Platform, "w", "random"), 10));
        world.Time.SetUtcNow(TuesdayMorning);
        await world.RunJobAsync();
        Assert.Equal([Owner, Cleo], Assert.Single(world.Recommender.Requests).Target.Users);
    }

    private static async Task SubscribeChannelAsync(DigestWorld world)
    {
        var reply = await world.SayAsync(Owner, "/papers subscribe time:08:00 tz:UTC days:daily size:3", inDm: false, canManage: true);
        Assert.False(reply.IsError, reply.Text);
    }

    private sealed class FixedMembers(string platform, params UserRef[] members) : IChannelMembers
    {
        public string Platform => platform;

        public Task<IReadOnlyList<UserRef>> MembersAsync(DigestTarget channel, int limit, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<UserRef>>(members.Take(limit).ToList());
    }
}
