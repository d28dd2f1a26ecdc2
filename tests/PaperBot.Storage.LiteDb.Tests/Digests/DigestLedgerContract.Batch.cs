using PaperBot.Core.Digests;
using PaperBot.Core.Papers;
using static PaperBot.Storage.LiteDb.Tests.Digests.DigestSamples;

namespace PaperBot.Storage.LiteDb.Tests.Digests;

/// <summary>The part of the contract a dispatcher round relies on: the received papers of many targets in one read, and
/// many digests in one transaction with each one's exactly-once check.</summary>
public abstract partial class DigestLedgerContract
{
    private static readonly Subscription Papers = Subscription(Channel("C-papers"), Now);

    [Fact]
    public async Task Received_by_target_answers_every_key_asked_with_that_targets_papers_only()
    {
        await Ledger.CommitDigestAsync(Item(General, Now, Attention, Bert), [Attention.Id, Bert.Id], General);
        await Ledger.CommitDigestAsync(Item(General, Now.AddDays(1), ResNet), [ResNet.Id], General);
        await Ledger.CommitDigestAsync(Item(Random, Now, Attention), [Attention.Id], Random);

        var received = await Ledger.ReceivedByTargetAsync([General.Id, Papers.Id, Random.Id, General.Id]);

        Assert.Equal(Keys(General.Id, Papers.Id, Random.Id), Keys([.. received.Keys]));
        Assert.Equal(Ids(Attention.Id, Bert.Id, ResNet.Id), Ids(received[General.Id]));
        Assert.Equal([Attention.Id], received[Random.Id]);
        Assert.Empty(received[Papers.Id]);
        Assert.Empty(await Ledger.ReceivedByTargetAsync([]));
    }

    [Fact]
    public async Task A_batch_writes_each_new_digest_with_its_papers_and_subscription_and_skips_one_already_committed()
    {
        var first = General with { NextDue = Now.AddDays(1) };
        await Ledger.CommitDigestAsync(Item(General, Now, Attention), [Attention.Id], first);
        var random = Item(Random, Now, Bert, ResNet);
        var papers = Item(Papers, Now, Untitled);

        var written = await Ledger.CommitDigestsAsync(
        [
            new(Item(General, Now, Bert), [Bert.Id], General with { NextDue = Now.AddDays(2) }),
            new(random, [Bert.Id, ResNet.Id], Random with { NextDue = Now.AddDays(1), LastDigestAt = Now }),
            new(papers, [Untitled.Id], null),
        ]);

        Assert.Equal(2, written);
        Assert.Equal([Attention.Id], await Ledger.ReceivedAsync(General.Id));
        DigestAssert.Same(first, await Subscriptions.FindAsync(General.Id));
        DigestAssert.Same(random, await Ledger.FindAsync(random.Id));
        Assert.Equal(Ids(Bert.Id, ResNet.Id), Ids(await Ledger.ReceivedAsync(Random.Id)));
        DigestAssert.Same(Random with { NextDue = Now.AddDays(1), LastDigestAt = Now }, await Subscriptions.FindAsync(Random.Id));
        DigestAssert.Same(papers, await Ledger.FindAsync(papers.Id));
        Assert.Null(await Subscriptions.FindAsync(Papers.Id));
    }

    [Fact]
    public async Task The_same_item_twice_in_one_batch_is_written_once()
    {
        var item = Item(General, Now, Attention);

        var written = await Ledger.CommitDigestsAsync([new(item, [Attention.Id], General), new(item with { Parts = [] }, [Bert.Id], General)]);

        Assert.Equal(1, written);
        DigestAssert.Same(item, await Ledger.FindAsync(item.Id));
        Assert.Equal([Attention.Id], await Ledger.ReceivedAsync(General.Id));
    }

    [Fact]
    public async Task A_batch_that_fails_part_way_leaves_none_of_its_digests()
    {
        await Subscriptions.SaveAsync(Random);
        var random = Item(Random, Now, Bert);
        var general = Item(General, Now, Attention, Bert);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Ledger.CommitDigestsAsync(
        [
            new(random, [Bert.Id], Random with { NextDue = Now.AddDays(1) }),
            new(general, new FailingPapers(Attention.Id), General with { NextDue = Now.AddDays(1) }),
        ]));

        Assert.Null(await Ledger.FindAsync(random.Id));
        Assert.Null(await Ledger.FindAsync(general.Id));
        Assert.Empty(await Ledger.ReceivedAsync(Random.Id));
        Assert.Empty(await Ledger.ReceivedAsync(General.Id));
        DigestAssert.Same(Random, await Subscriptions.FindAsync(Random.Id));
        Assert.Null(await Subscriptions.FindAsync(General.Id));
        Assert.Equal(0, await Ledger.CommitDigestsAsync([]));
    }

    private static IEnumerable<string> Keys(params string[] keys) => keys.Order(StringComparer.Ordinal);
}
