using PaperBot.Core.Digests;
using PaperBot.Core.Papers;

namespace PaperBot.Core.Tests.Digests;

public sealed class DigestFlowTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private readonly DigestWorld world = new(Monday);

    private async Task<string> SubscribeAsync(string who, string options = "")
    {
        await world.SayAsync(DigestWorld.Person(who), $"/papers subscribe time:08:00 tz:UTC days:daily size:3 {options}");
        return (await world.Subscriptions.ForUserAsync(DigestWorld.Person(who)))[0].Id;
    }

    private List<PaperId> CardsFor(string who) =>
        world.Chat.Posted.Where(p => p.Target.Person == DigestWorld.Person(who) && p.Part.Card is not null).Select(p => p.Part.Card!.Paper).ToList();

    [Fact]
    public async Task A_due_digest_is_sent_once_at_its_time_and_the_next_day_repeats_no_paper()
    {
        await world.ArriveAsync(8, "Monday");
        await SubscribeAsync("ann");

        await world.RunJobAsync();
        Assert.Empty(world.Chat.Posted);

        world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 8, 0, 30, TimeSpan.Zero));
        await world.RunJobAsync();
        await world.RunJobAsync();
        var first = CardsFor("ann");
        Assert.Equal(3, first.Count);
        Assert.StartsWith("📚 PaperBot digest for Tue 24 Nov: 3 papers", world.Chat.Posted[0].Part.Text, StringComparison.Ordinal);

        await world.ArriveAsync(2, "Tuesday");
        world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 8, 0, 10, TimeSpan.Zero));
        await world.RunJobAsync();
        var both = CardsFor("ann");
        Assert.Equal(6, both.Count);
        Assert.Equal(6, both.Distinct().Count());
        Assert.Contains("(2 new, 1 from earlier)", world.Chat.Posted.Last(p => p.Part.Card is null).Part.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_card_carries_its_reason_and_its_message_id_rates_the_right_paper()
    {
        await world.ArriveAsync(3, "Monday");
        await SubscribeAsync("bo");
        world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 8, 1, 0, TimeSpan.Zero));
        await world.RunJobAsync();
        Assert.All(world.Chat.Posted.Where(p => p.Part.Card is not null), p => Assert.False(string.IsNullOrEmpty(p.Part.Card!.Reason)));
        var second = world.Chat.Posted[2];
        var message = (await world.Chat.SendAsync(second.Target, second.Part, new DeliveryKey(second.Key))).Message!;
        Assert.Equal(second.Part.Card!.Paper, await world.Ledger.PaperForMessageAsync(message));
    }

    [Fact]
    public async Task A_day_with_nothing_left_says_so_instead_of_staying_silent()
    {
        await SubscribeAsync("cy");
        world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 28, 8, 0, 0, TimeSpan.Zero));
        await world.RunJobAsync();
        var notice = Assert.Single(world.Chat.Posted);
        Assert.Equal("📭 Nothing new for this digest on Sat 28 Nov (arXiv does not announce on weekends). PaperBot will look again at the next digest time.", notice.Part.Text);
    }

    [Fact]
    public async Task After_downtime_a_digest_late_within_the_grace_window_is_sent_and_an_older_one_is_skipped_with_the_reason()
    {
        await world.ArriveAsync(6, "Monday");
        var id = await SubscribeAsync("dee");
        world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 13, 0, 0, TimeSpan.Zero));
        await world.RunJobAsync();
        Assert.Equal(3, CardsFor("dee").Count);

        world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 15, 0, 0, TimeSpan.Zero));
        await world.RunJobAsync();
        Assert.Equal(3, CardsFor("dee").Count);
        var subscription = (await world.Subscriptions.FindAsync(id))!;
        Assert.Contains("skipped, missed while PaperBot was down (more than 6 h late)", subscription.LastOutcome, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero), subscription.NextDue);
        Assert.Contains("skipped", (await world.SayAsync(DigestWorld.Person("dee"), "/papers status")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transient_failures_back_off_and_a_permanent_one_pauses_the_subscription_with_the_reason()
    {
        await world.ArriveAsync(3, "Monday");
        var id = await SubscribeAsync("eve");
        world.Chat.NextOutcome = _ => DeliveryOutcome.Transient("HTTP 503", TimeSpan.FromMinutes(2));
        world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        await world.RunJobAsync();
        world.Time.Advance(TimeSpan.FromMinutes(1));
        await world.RunJobAsync();
        Assert.Empty(world.Chat.Posted);
        var pending = Assert.Single(await world.Ledger.PendingAsync(world.Time.GetUtcNow().AddHours(1), 10));
        Assert.Equal(1, pending.Attempts);
        Assert.Equal("HTTP 503", pending.LastError);

        world.Chat.NextOutcome = _ => DeliveryOutcome.Permanent("the bot was removed from the channel");
        world.Time.Advance(TimeSpan.FromMinutes(5));
        await world.RunJobAsync();
        var paused = (await world.Subscriptions.FindAsync(id))!;
        Assert.Equal("the bot was removed from the channel", paused.PausedReason);
        Assert.Contains("Paused: the bot was removed from the channel", (await world.SayAsync(DigestWorld.Person("eve"), "/papers status")).Text, StringComparison.Ordinal);

        world.Chat.NextOutcome = null;
        world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));
        await world.RunJobAsync();
        Assert.Empty(world.Chat.Posted);
    }

    [Fact]
    public async Task Filters_keep_topics_and_drop_excluded_words()
    {
        await world.Papers.SaveAsync([
            TestKit.PaperBuilder.Paper("Graph networks", firstSeen: Monday), TestKit.PaperBuilder.Paper("Graph diffusion", firstSeen: Monday),
            TestKit.PaperBuilder.Paper("Language models", firstSeen: Monday)]);
        await SubscribeAsync("fay", "topics:graph exclude:diffusion");
        world.Time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.Zero));
        await world.RunJobAsync();
        Assert.Equal([PaperId.FromTitle("Graph networks")], CardsFor("fay"));
    }

    [Fact]
    public async Task Preview_records_nothing_and_export_and_forget_me_cover_the_persons_data()
    {
        var user = DigestWorld.Person("gus");
        var papers = await world.ArriveAsync(4, "Monday");
        await SubscribeAsync("gus");
        await world.RateAsync(user, DigestWorld.DirectWith(user), papers[0].Id);

        var preview = await world.SayAsync(user, "/papers digest");
        Assert.Equal(3, preview.Cards.Count);
        Assert.DoesNotContain(preview.Cards, c => c.Paper == papers[0].Id);
        Assert.Empty(await world.Ledger.ReceivedAsync(DigestTarget.Direct(user).Key));

        var export = await world.SayAsync(user, "/papers export");
        Assert.NotNull(export.File);
        Assert.Contains(papers[0].Id.Value, export.File.Content, StringComparison.Ordinal);
        Assert.Contains("\"timeZone\": \"UTC\"", export.File.Content, StringComparison.Ordinal);

        var ask = await world.SayAsync(user, "/papers forget-me");
        Assert.Contains("confirm:yes", ask.Text, StringComparison.Ordinal);
        Assert.Single(await world.Ratings.ForUserAsync(user));
        await world.SayAsync(user, "/papers forget-me confirm:yes");
        Assert.Empty(await world.Ratings.ForUserAsync(user));
        Assert.Empty(await world.Subscriptions.ForUserAsync(user));
    }
}
