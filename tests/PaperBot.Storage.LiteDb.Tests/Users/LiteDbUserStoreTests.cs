using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Users;
using PaperBot.Storage.LiteDb.Users;

namespace PaperBot.Storage.LiteDb.Tests.Users;

public sealed class LiteDbUserStoreTests : IDisposable
{
    private static readonly UserRef Ada = new(Platforms.Discord, "guild-1", "1001");
    private readonly TempDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));

    private LiteDbUserStore Store => new(database.Context, time);

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task The_first_touch_records_the_person_at_that_time()
    {
        var identity = await Store.TouchAsync(Ada, "Ada", "Europe/London");

        Assert.Equal(new UserIdentity(Ada, "Ada", "Europe/London", time.GetUtcNow()), identity);
        Assert.Equal(identity, await Store.FindAsync(Ada));
    }

    [Fact]
    public async Task Later_touches_keep_the_first_sight_and_refresh_what_they_are_given()
    {
        var first = await Store.TouchAsync(Ada, "Ada", "Europe/London");
        time.Advance(TimeSpan.FromDays(3));

        var renamed = await Store.TouchAsync(Ada, "Countess Ada", null);
        var moved = await Store.TouchAsync(Ada, null, "Europe/Paris");

        Assert.Equal(new UserIdentity(Ada, "Countess Ada", "Europe/London", first.FirstSeen), renamed);
        Assert.Equal(new UserIdentity(Ada, "Countess Ada", "Europe/Paris", first.FirstSeen), moved);
        Assert.Equal(moved, await Store.FindAsync(Ada));
    }

    [Fact]
    public async Task An_unknown_person_is_not_found_and_delete_says_whether_there_was_one()
    {
        Assert.Null(await Store.FindAsync(Ada));
        await Store.TouchAsync(Ada, null, null);

        Assert.True(await Store.DeleteAsync(Ada));
        Assert.False(await Store.DeleteAsync(Ada));
        Assert.Null(await Store.FindAsync(Ada));
    }

    [Fact]
    public async Task People_survive_reopening_the_file()
    {
        var identity = await Store.TouchAsync(Ada, "Ada", null);

        database.Reopen();

        Assert.Equal(identity, await Store.FindAsync(Ada));
    }
}
