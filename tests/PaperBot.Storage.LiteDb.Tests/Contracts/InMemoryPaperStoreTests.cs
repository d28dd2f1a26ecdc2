using PaperBot.Core.Papers;
using PaperBot.TestKit;

namespace PaperBot.Storage.LiteDb.Tests.Contracts;

public sealed class InMemoryPaperStoreTests : PaperStoreContract
{
    protected override IPaperStore Store { get; } = new InMemoryPaperStore();
}
