using LiteDB;
using PaperBot.Core.Digests;
using PaperBot.Core.Digests.Scheduling;
using PaperBot.Core.Users;
using PaperBot.Storage.LiteDb.Digests;
using static PaperBot.Storage.LiteDb.Tests.Digests.DigestSamples;

namespace PaperBot.Storage.LiteDb.Tests.Digests;

/// <summary>What only the LiteDB stores can be asked: the file, its stored form and its query plans.</summary>
public sealed class LiteDbDigestStorageTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Subscriptions_and_the_ledger_survive_reopening_the_file()
    {
        var subscription = Subscription(DigestTarget.Direct(Alan, "D-1"), Now, owner: Alan) with { Topics = ["graphs"] };
        var paused = Subscription(Channel("C-gone"), Now.AddHours(-1), pausedReason: "the channel is gone");
        var item = Item(subscription, Now, Attention, Bert);
        var updated = subscription with { NextDue = Now.AddDays(1), LastDigestAt = Now };
        var subscriptions = new LiteDbSubscriptionStore(database.Context);
        var ledger = new LiteDbDigestLedger(database.Context);
        await subscriptions.SaveAsync(subscription);
        await subscriptions.SaveAsync(paused);
        await ledger.CommitDigestAsync(item, [Attention.Id, Bert.Id], updated);
        await ledger.RecordDeliveryAsync(item.Id, 1, Posted(item.Target, "1700000000.000100"), Attention.Id);
        await ledger.UpdateAsync(item with { Attempts = 1, NextAttemptAt = Now.AddMinutes(2), LastError = "rate limited" });

        var reopened = database.Reopen();
        subscriptions = new LiteDbSubscriptionStore(reopened);
        ledger = new LiteDbDigestLedger(reopened);

        DigestAssert.Same(updated, await subscriptions.FindAsync(subscription.Id));
        DigestAssert.Same(paused, await subscriptions.FindAsync(paused.Id));
        Assert.Equal(Now.AddDays(1), await subscriptions.NextDueAsync());
        DigestAssert.Same(item with
        {
            Attempts = 1,
            NextAttemptAt = Now.AddMinutes(2),
            LastError = "rate limited",
            Delivered = new Dictionary<int, string> { [1] = "1700000000.000100" },
        }, Assert.Single(await ledger.PendingAsync(Now.AddMinutes(2), 10)));
        Assert.Equal(2, (await ledger.ReceivedAsync(subscription.Id)).Count);
        Assert.Equal(Attention.Id, await ledger.PaperForMessageAsync(Posted(subscription.Target, "1700000000.000100")));
    }

    [Fact]
    public async Task A_schedule_is_stored_as_its_time_zone_and_weekday_bits()
    {
        var store = new LiteDbSubscriptionStore(database.Context);
        var schedule = new DigestSchedule(new TimeOnly(7, 45), "Europe/Berlin", DigestDays.Of(DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Wednesday));
        var active = Subscription(Channel("C-1"), Now.ToOffset(TimeSpan.FromHours(1))) with { Schedule = schedule };
        var paused = Subscription(Channel("C-2"), Now, pausedReason: "paused") with { Schedule = schedule with { At = new TimeOnly(7, 45, 30, 250) } };
        await store.SaveAsync(active);
        await store.SaveAsync(paused);

        var raw = database.Context.Database.GetCollection("subscriptions");
        var stored = raw.FindById(active.Id);
        Assert.Equal("07:45", stored["At"].AsString);
        Assert.Equal("Europe/Berlin", stored["TimeZoneId"].AsString);
        Assert.Equal(0b000_1011, stored["Days"].AsInt32);
        Assert.Equal("2026-03-02T09:00:00.0000000+01:00", stored["NextDue"].AsString);
        Assert.Equal(Now.UtcTicks, stored["DueTicks"].AsInt64);
        Assert.False(raw.FindById(paused.Id).ContainsKey("DueTicks"));
        DigestAssert.Same(active, await store.FindAsync(active.Id));
        Assert.Equal(new TimeOnly(7, 45, 30, 250), (await store.FindAsync(paused.Id))?.Schedule.At);
    }

    [Fact]
    public void Due_and_pending_read_a_range_of_their_index_in_index_order()
    {
        var due = LiteDbSubscriptionStore.DueQuery(database.Context.Subscriptions, Now).Limit(5).GetPlan();
        var pending = LiteDbDigestLedger.PendingQuery(database.Context.Outbox, Now).Limit(5).GetPlan();

        AssertRangeScan(due, "DueTicks");
        AssertRangeScan(pending, "PendingTicks");
    }

    /// <summary>A range scan of the named index, with no sort stage: LiteDB reads the due entries in order and stops at
    /// the limit, whatever else the collection holds.</summary>
    private static void AssertRangeScan(BsonDocument plan, string index)
    {
        Assert.Equal(index, plan["index"]["name"].AsString);
        Assert.StartsWith("INDEX RANGE SCAN", plan["index"]["mode"].AsString, StringComparison.Ordinal);
        Assert.False(plan.ContainsKey("orderBy"), plan.ToString());
        Assert.Equal(5, plan["limit"].AsInt32);
    }
}
