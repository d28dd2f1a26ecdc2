using PaperBot.Core.Digests;
using PaperBot.Storage.LiteDb.Digests;

namespace PaperBot.Storage.LiteDb.Tests.Digests;

public sealed class LiteDbDigestLedgerBatchTests : DigestLedgerBatchContract
{
    private readonly TempDatabase database = new();

    public LiteDbDigestLedgerBatchTests()
    {
        Ledger = new LiteDbDigestLedger(database.Context);
        Subscriptions = new LiteDbSubscriptionStore(database.Context);
    }

    protected override IDigestLedger Ledger { get; }

    protected override ISubscriptionStore Subscriptions { get; }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            database.Dispose();
        base.Dispose(disposing);
    }
}
