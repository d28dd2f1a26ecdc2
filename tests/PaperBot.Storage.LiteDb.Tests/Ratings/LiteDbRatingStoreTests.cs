using LiteDB;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Storage.LiteDb.Ratings;

namespace PaperBot.Storage.LiteDb.Tests.Ratings;

public sealed class LiteDbRatingStoreTests : IDisposable
{
    private static readonly UserRef Ada = UserRef.Terminal("ada");
    private static readonly DateTimeOffset At = new(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase database = new();

    private LiteDbRatingStore Store => new(database.Context);

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Ratings_survive_reopening_the_file()
    {
        var rating = new Rating(Ada, PaperId.FromArxiv("1706.03762"), Thumb.Up, "cli", At);
        await Store.SetAsync(rating);

        database.Reopen();

        Assert.Equal(rating, Assert.Single(await Store.ForUserAsync(Ada)));
    }

    [Fact]
    public async Task An_import_with_a_rating_LiteDB_refuses_writes_nothing()
    {
        var refusedPaper = new PaperId(new string('x', 1100));

        await Assert.ThrowsAsync<LiteException>(() => Store.SetManyAsync(
        [
            new Rating(Ada, PaperId.FromArxiv("1706.03762"), Thumb.Up, "import", At),
            new Rating(Ada, refusedPaper, Thumb.Up, "import", At),
        ]));

        Assert.Equal(0, await Store.CountAsync());
    }
}
