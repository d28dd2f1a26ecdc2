using PaperBot.Core.Papers;
using PaperBot.Storage.LiteDb.Papers;

namespace PaperBot.Storage.LiteDb.Tests.Contracts;

public sealed class LiteDbPaperStoreContractTests : PaperStoreContract
{
    private readonly TempDatabase database = new();

    public LiteDbPaperStoreContractTests() => Store = new LiteDbPaperStore(database.Context);

    protected override IPaperStore Store { get; }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            database.Dispose();
        base.Dispose(disposing);
    }
}
