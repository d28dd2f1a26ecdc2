using PaperBot.Core.Ratings;
using PaperBot.TestKit;

namespace PaperBot.Storage.LiteDb.Tests.Contracts;

public sealed class InMemoryRatingStoreTests : RatingStoreContract
{
    protected override IRatingStore Store { get; } = new InMemoryRatingStore();
}
