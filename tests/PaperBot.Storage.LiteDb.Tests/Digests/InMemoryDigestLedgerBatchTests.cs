using PaperBot.Core.Digests;
using PaperBot.TestKit;

namespace PaperBot.Storage.LiteDb.Tests.Digests;

public sealed class InMemoryDigestLedgerBatchTests : DigestLedgerBatchContract
{
    private readonly InMemorySubscriptionStore subscriptions = new();

    public InMemoryDigestLedgerBatchTests() => Ledger = new InMemoryDigestLedger(subscriptions);

    protected override IDigestLedger Ledger { get; }

    protected override ISubscriptionStore Subscriptions => subscriptions;
}
