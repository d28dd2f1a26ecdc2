using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Digests;
using PaperBot.Core.Digests.Scheduling;
using PaperBot.Core.Papers;
using PaperBot.Core.Users;

namespace PaperBot.Core.Tests.Digests;

/// <summary>A round with many subscriptions due at once: read in batches, composed in parallel and committed several digests
/// to a transaction, each digest must still be its own target's, exactly once.</summary>
public sealed class DispatchRoundTests
{
    private static readonly DateTimeOffset Tuesday8 = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private readonly DigestWorld world = new(Tuesday8.AddDays(-1), services => services.Configure<DigestOptions>(o => o.DispatchBatch = 40));

    private static Subscription Due(int i, DigestSchedule schedule, DateTimeOffset nextDue)
    {
        var person = DigestWorld.Person($"p{i}");
        return new Subscription(DigestTarget.Direct(person, $"dm-{i}"), person, schedule, 3, [], [], [], nextDue, null, null, null, Tuesday8.AddDays(-7));
    }

    [Fact]
    public async Task Every_due_subscription_of_a_round_larger_than_a_batch_gets_one_digest_without_what_its_target_received()
    {
        var papers = await world.ArriveAsync(6, "Monday");
        var schedule = new DigestSchedule(new TimeOnly(8, 0), "UTC", DigestDays.Daily);
        var subscriptions = Enumerable.Range(0, 130).Select(i => Due(i, schedule, Tuesday8)).ToList();
        foreach (var subscription in subscriptions)
            await world.Subscriptions.SaveAsync(subscription);
        // Every third target already received the first two papers in an earlier digest.
        var earlier = subscriptions.Where((_, i) => i % 3 == 0).ToList();
        foreach (var subscription in earlier)
            await world.Ledger.CommitDigestAsync(Item(subscription, Tuesday8.AddDays(-1)), [papers[0].Id, papers[1].Id], null);
        world.Time.SetUtcNow(Tuesday8.AddSeconds(30));

        var queued = await world.Dispatcher.DispatchDueAsync();

        Assert.Equal(130, queued);
        foreach (var subscription in subscriptions)
        {
            var item = await world.Ledger.FindAsync(OutboxItem.IdFor(subscription.Id, Tuesday8));
            var cards = item!.Parts.Where(p => p.Card is not null).Select(p => p.Card!.Paper).ToList();
            Assert.Equal(subscription.Target, item.Target);
            Assert.Equal(3, cards.Count);
            if (earlier.Contains(subscription))
                Assert.DoesNotContain(cards, paper => paper == papers[0].Id || paper == papers[1].Id);
            Assert.Equal(Tuesday8.AddDays(1), (await world.Subscriptions.FindAsync(subscription.Id))!.NextDue);
        }
        Assert.Equal(130, (await world.Ledger.PendingAsync(Tuesday8.AddMinutes(1), 1_000)).Count);
        Assert.Equal(0, await world.Dispatcher.DispatchDueAsync());
    }

    [Fact]
    public async Task A_round_mixing_skipped_sent_and_not_due_subscriptions_handles_each_once()
    {
        await world.ArriveAsync(4, "Monday");
        var schedule = new DigestSchedule(new TimeOnly(8, 0), "UTC", DigestDays.Daily);
        // Due now, due so long ago that the grace window has passed, and not due until tomorrow.
        var due = Enumerable.Range(0, 60).Select(i => Due(i, schedule, Tuesday8)).ToList();
        var stale = Enumerable.Range(60, 30).Select(i => Due(i, schedule, Tuesday8.AddDays(-1))).ToList();
        var later = Enumerable.Range(90, 30).Select(i => Due(i, schedule, Tuesday8.AddDays(1))).ToList();
        foreach (var subscription in due.Concat(stale).Concat(later))
            await world.Subscriptions.SaveAsync(subscription);
        world.Time.SetUtcNow(Tuesday8.AddMinutes(1));

        var queued = await world.Dispatcher.DispatchDueAsync();

        Assert.Equal(60 + 30, queued);
        foreach (var subscription in stale)
        {
            var stored = await world.Subscriptions.FindAsync(subscription.Id);
            Assert.Contains("skipped", stored!.LastOutcome, StringComparison.Ordinal);
            Assert.NotNull(await world.Ledger.FindAsync(OutboxItem.IdFor(subscription.Id, Tuesday8)));
            Assert.Null(await world.Ledger.FindAsync(OutboxItem.IdFor(subscription.Id, Tuesday8.AddDays(-1))));
        }
        foreach (var subscription in later)
            Assert.Equal(subscription, await world.Subscriptions.FindAsync(subscription.Id));
        Assert.Equal(0, await world.Dispatcher.DispatchDueAsync());
    }

    private static OutboxItem Item(Subscription subscription, DateTimeOffset occurrence) =>
        new(OutboxItem.IdFor(subscription.Id, occurrence), subscription.Id, subscription.Target, occurrence, [new DigestPart("earlier")],
            new Dictionary<int, string>(), OutboxState.Delivered, 1, occurrence, null, occurrence);
}
