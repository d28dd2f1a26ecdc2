using PaperBot.Core.Ratings;
using PaperBot.Storage.LiteDb.Ratings;

namespace PaperBot.Storage.LiteDb.Tests.Contracts;

public sealed class LiteDbRatingStoreContractTests : RatingStoreContract
{
    private readonly TempDatabase database = new();

    public LiteDbRatingStoreContractTests() => Store = new LiteDbRatingStore(database.Context);

    protected override IRatingStore Store { get; }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            database.Dispose();
        base.Dispose(disposing);
    }
}
