using PaperBot.Core.Digests;

namespace PaperBot.Core.Tests.Digests;

public sealed class SubscribeCommandTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private readonly DigestWorld world = new(Monday);

    [Fact]
    public async Task Defaults_are_eight_on_weekdays_in_utc_with_five_papers()
    {
        var reply = await world.SayAsync(DigestWorld.Person("ann"), "/papers subscribe");
        Assert.False(reply.IsError);
        var subscription = Assert.Single(await world.Subscriptions.ForUserAsync(DigestWorld.Person("ann")));
        Assert.True(subscription.Target.IsDirect);
        Assert.Equal(5, subscription.Size);
        Assert.Equal("weekdays at 08:00 (UTC)", subscription.Schedule.Describe());
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero), subscription.NextDue);
        Assert.Contains("Next digest Tue 24 Nov 08:00", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_set_time_zone_days_size_and_filters()
    {
        await world.SayAsync(DigestWorld.Person("bo"), "/papers subscribe time:07:30 tz:Asia/Kolkata days:mon,wed size:3 topics:graph,diffusion");
        var subscription = Assert.Single(await world.Subscriptions.ForUserAsync(DigestWorld.Person("bo")));
        Assert.Equal("Mon, Wed at 07:30 (Asia/Kolkata)", subscription.Schedule.Describe());
        Assert.Equal(3, subscription.Size);
        Assert.Equal(["graph", "diffusion"], subscription.Topics);
        // Wednesday 25 Nov 07:30 in Kolkata is 02:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero), subscription.NextDue);
    }

    [Theory]
    [InlineData("/papers subscribe time:25:00", "'25:00' is not a time of day")]
    [InlineData("/papers subscribe tz:Mars/Olympus", "'Mars/Olympus' is not a time zone")]
    [InlineData("/papers subscribe size:0", "size must be a whole number from 1 to 20")]
    [InlineData("/papers subscribe days:funday", "'funday' is not a day")]
    [InlineData("/papers subscribe where:moon", "where must be dm or channel")]
    public async Task Bad_arguments_are_refused_precisely_and_change_nothing(string line, string expected)
    {
        var reply = await world.SayAsync(DigestWorld.Person("cy"), line);
        Assert.True(reply.IsError);
        Assert.True(reply.Ephemeral);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
        Assert.Empty(await world.Subscriptions.ForUserAsync(DigestWorld.Person("cy")));
    }

    [Fact]
    public async Task A_channel_digest_needs_the_right_to_manage_the_channel()
    {
        var refused = await world.SayAsync(DigestWorld.Person("dee"), "/papers subscribe", inDm: false, canManage: false);
        Assert.True(refused.IsError);
        Assert.Contains("manage this channel", refused.Text, StringComparison.Ordinal);

        var allowed = await world.SayAsync(DigestWorld.Person("dee"), "/papers subscribe", inDm: false, canManage: true);
        Assert.False(allowed.IsError);
        var personal = await world.SayAsync(DigestWorld.Person("dee"), "/papers subscribe where:dm", inDm: false, canManage: false);
        Assert.False(personal.IsError);
        var targets = (await world.Subscriptions.ForUserAsync(DigestWorld.Person("dee"))).Select(s => s.Target.IsDirect).Order().ToList();
        Assert.Equal([false, true], targets);
    }

    [Fact]
    public async Task Settings_show_and_change_and_unsubscribe_stops()
    {
        var user = DigestWorld.Person("eve");
        await world.SayAsync(user, "/papers subscribe");
        Assert.Contains("5 papers, weekdays at 08:00 (UTC)", (await world.SayAsync(user, "/papers settings")).Text, StringComparison.Ordinal);
        Assert.Contains("9 papers", (await world.SayAsync(user, "/papers settings size:9")).Text, StringComparison.Ordinal);
        Assert.True((await world.SayAsync(user, "/papers settings size:99")).IsError);
        Assert.Equal(9, Assert.Single(await world.Subscriptions.ForUserAsync(user)).Size);
        Assert.Contains("Unsubscribed", (await world.SayAsync(user, "/papers unsubscribe")).Text, StringComparison.Ordinal);
        Assert.Empty(await world.Subscriptions.ForUserAsync(user));
    }
}
