using PaperBot.Core.Digests;
using PaperBot.Storage.LiteDb.Digests;

namespace PaperBot.Storage.LiteDb.Tests.Digests;

public sealed class LiteDbSubscriptionStoreContractTests : SubscriptionStoreContract
{
    private readonly TempDatabase database = new();

    public LiteDbSubscriptionStoreContractTests() => Store = new LiteDbSubscriptionStore(database.Context);

    protected override ISubscriptionStore Store { get; }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            database.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>One bulk insert through the store's own mapping: 20,000 single saves, each its own commit, take half a minute.</summary>
    protected override Task SaveManyAsync(IReadOnlyList<Subscription> subscriptions)
    {
        database.Context.Subscriptions.InsertBulk(subscriptions.Select(SubscriptionMapping.ToDocument));
        return Task.CompletedTask;
    }
}
