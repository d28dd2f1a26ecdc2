using PaperBot.Core.Digests;
using PaperBot.TestKit;

namespace PaperBot.Storage.LiteDb.Tests.Digests;

public sealed class InMemorySubscriptionStoreTests : SubscriptionStoreContract
{
    protected override ISubscriptionStore Store { get; } = new InMemorySubscriptionStore();
}
