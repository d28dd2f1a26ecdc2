using PaperBot.Core.Digests;
using PaperBot.TestKit;

namespace PaperBot.Storage.LiteDb.Tests.Digests;

public sealed class InMemoryDigestLedgerTests : DigestLedgerContract
{
    private readonly InMemorySubscriptionStore subscriptions = new();

    public InMemoryDigestLedgerTests() => Ledger = new InMemoryDigestLedger(subscriptions);

    protected override IDigestLedger Ledger { get; }

    protected override ISubscriptionStore Subscriptions => subscriptions;
}
