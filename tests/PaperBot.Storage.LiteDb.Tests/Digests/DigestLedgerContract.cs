using PaperBot.Core.Digests;
using PaperBot.Core.Papers;
using PaperBot.Core.Users;
using static PaperBot.Storage.LiteDb.Tests.Digests.DigestSamples;

namespace PaperBot.Storage.LiteDb.Tests.Digests;

/// <summary>What every <see cref="IDigestLedger"/> must do, with the <see cref="ISubscriptionStore"/> its commits write to;
/// run against each implementation by a subclass.</summary>
public abstract partial class DigestLedgerContract : IDisposable
{
    protected static readonly Subscription General = Subscription(Channel("C-general"), Now);
    protected static readonly Subscription Random = Subscription(Channel("C-random"), Now);

    protected abstract IDigestLedger Ledger { get; }

    protected abstract ISubscriptionStore Subscriptions { get; }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    [Fact]
    public async Task A_commit_stores_the_item_its_papers_and_the_subscription_together()
    {
        var item = Item(General, Now, Attention, Untitled);
        var updated = General with { NextDue = Now.AddDays(1), LastDigestAt = Now, LastOutcome = "2 papers" };

        Assert.True(await Ledger.CommitDigestAsync(item, [Attention.Id, Untitled.Id], updated));

        DigestAssert.Same(item, await Ledger.FindAsync(item.Id));
        Assert.Equal(Ids(Attention, Untitled), Ids(await Ledger.ReceivedAsync(General.Id)));
        DigestAssert.Same(updated, await Subscriptions.FindAsync(General.Id));
        Assert.Null(await Ledger.FindAsync(OutboxItem.IdFor(General.Id, Now.AddDays(1))));
    }

    [Fact]
    public async Task A_digest_on_demand_commits_without_a_subscription()
    {
        var target = Channel("C-once");
        var item = Item(Subscription(target, Now), Now, Bert);

        Assert.True(await Ledger.CommitDigestAsync(item, [Bert.Id], null));

        DigestAssert.Same(item, await Ledger.FindAsync(item.Id));
        Assert.Equal([Bert.Id], await Ledger.ReceivedAsync(target.Key));
        Assert.Null(await Subscriptions.FindAsync(target.Key));
    }

    [Fact]
    public async Task A_second_commit_of_the_same_item_returns_false_and_changes_nothing()
    {
        var item = Item(General, Now, Attention);
        var first = General with { NextDue = Now.AddDays(1) };
        await Ledger.CommitDigestAsync(item, [Attention.Id], first);

        var again = await Ledger.CommitDigestAsync(Item(General, Now, Bert, ResNet), [Bert.Id, ResNet.Id], General with { NextDue = Now.AddDays(2) });

        Assert.False(again);
        DigestAssert.Same(item, await Ledger.FindAsync(item.Id));
        Assert.Equal([Attention.Id], await Ledger.ReceivedAsync(General.Id));
        DigestAssert.Same(first, await Subscriptions.FindAsync(General.Id));
    }

    [Fact]
    public async Task A_subscription_still_due_at_an_occurrence_that_has_its_digest_moves_past_it()
    {
        var item = Item(General, Now, Attention);
        await Ledger.CommitDigestAsync(item, [Attention.Id], General with { NextDue = Now.AddDays(1) });
        // Set back to the delivered occurrence, as a restored backup or a settings change could leave it.
        await Subscriptions.SaveAsync(General with { NextDue = Now });
        var moved = General with { NextDue = Now.AddDays(1), LastOutcome = "again" };

        var again = await Ledger.CommitDigestAsync(Item(General, Now, Bert), [Bert.Id], moved);

        Assert.False(again);
        DigestAssert.Same(item, await Ledger.FindAsync(item.Id));
        Assert.Equal([Attention.Id], await Ledger.ReceivedAsync(General.Id));
        DigestAssert.Same(moved, await Subscriptions.FindAsync(General.Id));
    }

    [Fact]
    public async Task A_commit_that_fails_part_way_leaves_nothing_behind()
    {
        await Subscriptions.SaveAsync(General);
        var item = Item(General, Now, Attention, Bert);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Ledger.CommitDigestAsync(item, new FailingPapers(Attention.Id), General with { NextDue = Now.AddDays(1) }));

        Assert.Null(await Ledger.FindAsync(item.Id));
        Assert.Empty(await Ledger.ReceivedAsync(General.Id));
        DigestAssert.Same(General, await Subscriptions.FindAsync(General.Id));
        Assert.True(await Ledger.CommitDigestAsync(item, [Attention.Id, Bert.Id], General with { NextDue = Now.AddDays(1) }));
    }

    [Fact]
    public async Task Received_papers_add_up_over_digests_and_belong_to_their_target()
    {
        await Ledger.CommitDigestAsync(Item(General, Now, Attention, Bert), [Attention.Id, Bert.Id], General);
        await Ledger.CommitDigestAsync(Item(General, Now.AddDays(1), Bert, ResNet), [Bert.Id, ResNet.Id], General);
        await Ledger.CommitDigestAsync(Item(Random, Now, Untitled), [Untitled.Id], Random);

        Assert.Equal(Ids(Attention, Bert, ResNet), Ids(await Ledger.ReceivedAsync(General.Id)));
        Assert.Equal([Untitled.Id], await Ledger.ReceivedAsync(Random.Id));
        Assert.Empty(await Ledger.ReceivedAsync(Channel("C-unknown").Key));
    }

    [Fact]
    public async Task Pending_gives_items_whose_attempt_is_due_oldest_first_up_to_the_limit()
    {
        var oldest = Item(General, Now.AddDays(-2)) with { NextAttemptAt = Now.AddHours(-2) };
        var older = Item(General, Now.AddDays(-1)) with { NextAttemptAt = Now.AddHours(-1).ToOffset(TimeSpan.FromHours(3)) };
        var dueNow = Item(Random, Now) with { NextAttemptAt = Now };
        var later = Item(General, Now) with { NextAttemptAt = Now.AddSeconds(1) };
        var delivered = Item(Random, Now.AddDays(-3)) with { NextAttemptAt = Now.AddDays(-3) };
        foreach (var item in new[] { later, dueNow, delivered, older, oldest })
            await Ledger.CommitDigestAsync(item, [], Subscription(item.Target, Now));
        await Ledger.UpdateAsync(delivered with { State = OutboxState.Delivered });

        var pending = await Ledger.PendingAsync(Now, 10);

        Assert.Equal([oldest.Id, older.Id, dueNow.Id], pending.Select(i => i.Id));
        DigestAssert.Same(older, pending[1]);
        Assert.Equal([oldest.Id], (await Ledger.PendingAsync(Now, 1)).Select(i => i.Id));
        Assert.Empty(await Ledger.PendingAsync(Now, 0));
    }

    [Fact]
    public async Task An_update_stores_progress_only_and_keeps_the_delivered_parts()
    {
        var item = Item(General, Now, Attention, Bert);
        await Ledger.CommitDigestAsync(item, [Attention.Id, Bert.Id], General);
        await Ledger.RecordDeliveryAsync(item.Id, 0, Posted(item.Target, "m-header"), null);
        await Ledger.RecordDeliveryAsync(item.Id, 1, Posted(item.Target, "m-attention"), Attention.Id);

        // The worker updates with the item as it read it, before any part was recorded.
        var retry = item with { Attempts = 1, NextAttemptAt = Now.AddMinutes(5), LastError = "rate limited", LastAttemptAt = Now.AddSeconds(3), Parts = [], Occurrence = Now.AddYears(1) };
        await Ledger.UpdateAsync(retry);

        var stored = await Ledger.FindAsync(item.Id);
        DigestAssert.Same(item with
        {
            Attempts = 1,
            NextAttemptAt = Now.AddMinutes(5),
            LastError = "rate limited",
            LastAttemptAt = Now.AddSeconds(3),
            Delivered = new Dictionary<int, string> { [0] = "m-header", [1] = "m-attention" },
        }, stored);
        Assert.Empty(await Ledger.PendingAsync(Now, 10));
        Assert.Equal([item.Id], (await Ledger.PendingAsync(Now.AddMinutes(5), 10)).Select(i => i.Id));

        await Ledger.UpdateAsync(retry with { State = OutboxState.Failed, LastError = "the channel is gone" });
        Assert.Empty(await Ledger.PendingAsync(Now.AddDays(1), 10));
        Assert.Equal(2, (await Ledger.FindAsync(item.Id))?.Delivered.Count);
    }

    [Fact]
    public async Task Deliveries_and_updates_racing_on_one_item_lose_no_part()
    {
        var item = Item(General, Now, [.. Enumerable.Range(0, 12).Select(i => TestKit.PaperBuilder.Paper($"Paper {i}"))]);
        await Ledger.CommitDigestAsync(item, [], General);

        await Task.WhenAll(Enumerable.Range(0, item.Parts.Count).Select(part => Task.Run(async () =>
        {
            await Ledger.RecordDeliveryAsync(item.Id, part, Posted(item.Target, $"m-{part}"), item.Parts[part].Card?.Paper);
            await Ledger.UpdateAsync(item with { Attempts = part });
        })));

        var stored = await Ledger.FindAsync(item.Id);
        Assert.Equal(Enumerable.Range(0, item.Parts.Count), stored?.Delivered.Keys.Order());
        Assert.Equal(TestKit.PaperBuilder.Paper("Paper 7").Id, await Ledger.PaperForMessageAsync(Posted(General.Target, "m-8")));
    }

    [Fact]
    public async Task Recording_the_same_delivery_twice_changes_nothing()
    {
        var item = Item(General, Now, Attention);
        await Ledger.CommitDigestAsync(item, [Attention.Id], General);

        await Ledger.RecordDeliveryAsync(item.Id, 1, Posted(item.Target, "m-1"), Attention.Id);
        await Ledger.RecordDeliveryAsync(item.Id, 1, Posted(item.Target, "m-1"), Attention.Id);

        Assert.Equal([new KeyValuePair<int, string>(1, "m-1")], (await Ledger.FindAsync(item.Id))?.Delivered);
        Assert.Equal(Attention.Id, await Ledger.PaperForMessageAsync(Posted(General.Target, "m-1")));
        // The item, one received paper and one message.
        Assert.Equal(3, await Ledger.ForgetTargetAsync(General.Id));
    }

    [Fact]
    public async Task A_card_message_leads_back_to_its_paper_on_its_platform()
    {
        var item = Item(General, Now, Attention, Bert);
        await Ledger.CommitDigestAsync(item, [Attention.Id, Bert.Id], General);

        await Ledger.RecordDeliveryAsync(item.Id, 0, Posted(item.Target, "m-0"), null);
        await Ledger.RecordDeliveryAsync(item.Id, 1, Posted(item.Target, "m-1"), Attention.Id);
        await Ledger.RecordDeliveryAsync(item.Id, 2, Posted(item.Target, "m|2"), Bert.Id);

        Assert.Equal(Attention.Id, await Ledger.PaperForMessageAsync(Posted(General.Target, "m-1")));
        Assert.Equal(Bert.Id, await Ledger.PaperForMessageAsync(Posted(General.Target, "m|2")));
        Assert.Null(await Ledger.PaperForMessageAsync(Posted(General.Target, "m-0")));
        Assert.Null(await Ledger.PaperForMessageAsync(Posted(General.Target, "m-1") with { Platform = Platforms.Slack }));
        Assert.Null(await Ledger.PaperForMessageAsync(Posted(General.Target, "m-unknown")));
        // A Slack ts is unique only within its channel: the same id in another channel is another message.
        Assert.Null(await Ledger.PaperForMessageAsync(Posted(Channel("C-other"), "m-1")));
    }

    [Fact]
    public async Task A_part_outside_the_item_is_refused()
    {
        var item = Item(General, Now, Attention);
        await Ledger.CommitDigestAsync(item, [Attention.Id], General);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Ledger.RecordDeliveryAsync(item.Id, 2, Posted(item.Target, "m-2"), Attention.Id));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Ledger.RecordDeliveryAsync(item.Id, -1, Posted(item.Target, "m-x"), null));

        Assert.Empty((await Ledger.FindAsync(item.Id))!.Delivered);
        Assert.Null(await Ledger.PaperForMessageAsync(Posted(General.Target, "m-2")));
    }

    [Fact]
    public async Task Forgetting_a_target_deletes_its_received_papers_outbox_and_messages_only()
    {
        var general = Item(General, Now, Attention, Bert);
        var random = Item(Random, Now, Attention);
        await Ledger.CommitDigestAsync(general, [Attention.Id, Bert.Id], General);
        await Ledger.CommitDigestAsync(Item(General, Now.AddDays(1), ResNet), [ResNet.Id], General);
        await Ledger.CommitDigestAsync(random, [Attention.Id], Random);
        await Ledger.RecordDeliveryAsync(general.Id, 1, Posted(general.Target, "g-1"), Attention.Id);
        await Ledger.RecordDeliveryAsync(random.Id, 1, Posted(random.Target, "r-1"), Attention.Id);

        // Three received papers, two items, one message.
        Assert.Equal(6, await Ledger.ForgetTargetAsync(General.Id));
        Assert.Equal(0, await Ledger.ForgetTargetAsync(General.Id));

        Assert.Empty(await Ledger.ReceivedAsync(General.Id));
        Assert.Null(await Ledger.FindAsync(general.Id));
        Assert.Null(await Ledger.PaperForMessageAsync(Posted(General.Target, "g-1")));
        Assert.Equal([random.Id], (await Ledger.PendingAsync(Now, 10)).Select(i => i.Id));
        Assert.Equal([Attention.Id], await Ledger.ReceivedAsync(Random.Id));
        Assert.Equal(Attention.Id, await Ledger.PaperForMessageAsync(Posted(Random.Target, "r-1")));
        Assert.NotNull(await Subscriptions.FindAsync(General.Id));
    }

    [Fact]
    public async Task A_forgotten_item_stays_forgotten_when_its_delivery_reports_late()
    {
        var item = Item(General, Now, Attention);
        await Ledger.CommitDigestAsync(item, [Attention.Id], General);
        await Ledger.ForgetTargetAsync(General.Id);

        await Ledger.RecordDeliveryAsync(item.Id, 1, Posted(item.Target, "m-1"), Attention.Id);
        await Ledger.UpdateAsync(item with { State = OutboxState.Delivered });

        Assert.Null(await Ledger.FindAsync(item.Id));
        Assert.Null(await Ledger.PaperForMessageAsync(Posted(General.Target, "m-1")));
        Assert.Empty(await Ledger.ReceivedAsync(General.Id));
    }

    private static IEnumerable<string> Ids(params Paper[] papers) => Ids(papers.Select(p => p.Id));

    private static IEnumerable<string> Ids(params IEnumerable<PaperId> ids) => ids.Select(id => id.Value).Order(StringComparer.Ordinal);
}
