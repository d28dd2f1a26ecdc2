using PaperBot.Core.Digests;
using PaperBot.Core.Digests.Scheduling;
using PaperBot.Core.Users;
using static PaperBot.Storage.LiteDb.Tests.Digests.DigestSamples;

namespace PaperBot.Storage.LiteDb.Tests.Digests;

/// <summary>What every <see cref="ISubscriptionStore"/> must do; run against each implementation by a subclass.</summary>
public abstract class SubscriptionStoreContract : IDisposable
{
    protected abstract ISubscriptionStore Store { get; }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    [Fact]
    public async Task A_saved_subscription_comes_back_with_every_field_as_it_was()
    {
        var full = new Subscription(DigestTarget.Direct(Alan, "D024BE91L"), Alan,
            new DigestSchedule(new TimeOnly(7, 45), "Europe/Berlin", DigestDays.Of(DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Sunday)),
            12, ["diffusion", "protein folding"], ["survey"], ["cs.LG", "q-bio.BM"],
            new DateTimeOffset(2026, 3, 4, 7, 45, 0, TimeSpan.FromHours(1)).AddTicks(1234567),
            new DateTimeOffset(2026, 3, 2, 6, 45, 0, TimeSpan.Zero), "Mon 2 Mar 07:45: 5 papers", "the person closed their DMs",
            new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.FromHours(-5)));
        var sparse = Subscription(Channel(), Now);

        await Store.SaveAsync(full);
        await Store.SaveAsync(sparse);

        DigestAssert.Same(full, await Store.FindAsync(full.Id));
        DigestAssert.Same(sparse, await Store.FindAsync(sparse.Id));
        Assert.Null(await Store.FindAsync(Channel("C-unknown").Key));
    }

    [Fact]
    public async Task Saving_again_replaces_the_subscription_of_the_target()
    {
        var first = Subscription(Channel(), Now);
        await Store.SaveAsync(first);

        await Store.SaveAsync(first with { Size = 9, Topics = ["graphs"], NextDue = Now.AddDays(1) });

        var found = await Store.FindAsync(first.Id);
        Assert.Equal(9, found?.Size);
        Assert.Equal(["graphs"], found?.Topics);
        Assert.Equal(Now.AddDays(1), found?.NextDue);
        Assert.Equal([found!.Id], (await Store.ForUserAsync(Ada)).Select(s => s.Id));
    }

    [Fact]
    public async Task Delete_says_whether_there_was_a_subscription()
    {
        var subscription = Subscription(Channel(), Now);
        await Store.SaveAsync(subscription);

        Assert.True(await Store.DeleteAsync(subscription.Id));
        Assert.False(await Store.DeleteAsync(subscription.Id));
        Assert.Null(await Store.FindAsync(subscription.Id));
        Assert.Empty(await Store.DueAsync(Now, 10));
    }

    [Fact]
    public async Task Due_gives_active_subscriptions_at_or_before_now_earliest_first_up_to_the_limit()
    {
        var earliest = Subscription(Channel("C-1"), Now.AddHours(-3));
        // Written with another offset: order and cut-off go by the instant, not by the local clock time.
        var earlier = Subscription(Channel("C-2"), Now.AddHours(-1).ToOffset(TimeSpan.FromHours(5)));
        var exactlyNow = Subscription(Channel("C-3"), Now.ToOffset(TimeSpan.FromHours(-8)));
        var later = Subscription(Channel("C-4"), Now.AddMinutes(1));
        var paused = Subscription(Channel("C-5"), Now.AddHours(-2), pausedReason: "the bot was removed from the channel");
        foreach (var subscription in new[] { later, exactlyNow, paused, earliest, earlier })
            await Store.SaveAsync(subscription);

        var due = await Store.DueAsync(Now, 10);

        Assert.Equal([earliest.Id, earlier.Id, exactlyNow.Id], due.Select(s => s.Id));
        DigestAssert.Same(earlier, due[1]);
        Assert.Equal([earliest.Id, earlier.Id], (await Store.DueAsync(Now, 2)).Select(s => s.Id));
        Assert.Empty(await Store.DueAsync(Now, 0));
        Assert.Empty(await Store.DueAsync(Now.AddHours(-4), 10));
    }

    [Fact]
    public async Task Pausing_takes_a_subscription_out_of_due_and_resuming_brings_it_back()
    {
        var subscription = Subscription(Channel(), Now.AddHours(-1));
        await Store.SaveAsync(subscription with { PausedReason = "the channel is gone" });
        Assert.Empty(await Store.DueAsync(Now, 10));
        Assert.Null(await Store.NextDueAsync());

        await Store.SaveAsync(subscription);

        Assert.Equal([subscription.Id], (await Store.DueAsync(Now, 10)).Select(s => s.Id));
        Assert.Equal(subscription.NextDue, await Store.NextDueAsync());
    }

    [Fact]
    public async Task Next_due_is_the_earliest_among_active_subscriptions()
    {
        Assert.Null(await Store.NextDueAsync());
        await Store.SaveAsync(Subscription(Channel("C-1"), Now.AddDays(2)));
        await Store.SaveAsync(Subscription(Channel("C-2"), Now.AddDays(1).ToOffset(TimeSpan.FromHours(9))));
        await Store.SaveAsync(Subscription(Channel("C-3"), Now.AddDays(-5), pausedReason: "paused"));

        var next = await Store.NextDueAsync();

        Assert.Equal(Now.AddDays(1), next);
        Assert.Equal(TimeSpan.FromHours(9), next?.Offset);
    }

    [Fact]
    public async Task A_user_has_the_subscriptions_they_own_or_receive_each_once()
    {
        var bob = new UserRef(Platforms.Discord, "guild-1", "1002");
        var adaElsewhere = new UserRef(Platforms.Discord, "guild-2", Ada.Id);
        var ownedChannel = Subscription(Channel("C-1"), Now, owner: Ada);
        var setUpForAda = Subscription(DigestTarget.Direct(Ada), Now, owner: bob);
        var setUpByAda = Subscription(DigestTarget.Direct(bob), Now, owner: Ada);
        var bobsChannel = Subscription(Channel("C-2"), Now, owner: bob);
        var ownDm = Subscription(DigestTarget.Direct(adaElsewhere), Now, owner: adaElsewhere);
        foreach (var subscription in new[] { ownedChannel, setUpForAda, setUpByAda, bobsChannel, ownDm })
            await Store.SaveAsync(subscription);

        var ada = await Store.ForUserAsync(Ada);

        Assert.Equal(new[] { ownedChannel.Id, setUpForAda.Id, setUpByAda.Id }.Order(StringComparer.Ordinal), ada.Select(s => s.Id));
        DigestAssert.Same(setUpForAda, ada.Single(s => s.Id == setUpForAda.Id));
        Assert.Equal(new[] { setUpForAda.Id, setUpByAda.Id, bobsChannel.Id }.Order(StringComparer.Ordinal), (await Store.ForUserAsync(bob)).Select(s => s.Id));
        Assert.Equal([ownDm.Id], (await Store.ForUserAsync(adaElsewhere)).Select(s => s.Id));
        Assert.Empty(await Store.ForUserAsync(Alan));
    }

    [Fact]
    public async Task Due_finds_the_few_due_among_many_that_are_not()
    {
        var notDue = Enumerable.Range(0, 20_000)
            .Select(i => Subscription(Channel($"C-later-{i}"), Now.AddMinutes(1 + (i % 1440))))
            .Concat(Enumerable.Range(0, 50).Select(i => Subscription(Channel($"C-paused-{i}"), Now.AddDays(-1), pausedReason: "paused")));
        var due = Enumerable.Range(0, 5).Select(i => Subscription(Channel($"C-due-{i}"), Now.AddMinutes(-10 * (5 - i)))).ToList();
        await SaveManyAsync([.. notDue, .. due]);

        var found = await Store.DueAsync(Now, 100);

        Assert.Equal(due.Select(s => s.Id), found.Select(s => s.Id));
    }

    /// <summary>Saves a large number of subscriptions; an implementation may batch them.</summary>
    protected virtual async Task SaveManyAsync(IReadOnlyList<Subscription> subscriptions)
    {
        foreach (var subscription in subscriptions)
            await Store.SaveAsync(subscription);
    }
}
