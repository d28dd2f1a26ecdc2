using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;

namespace PaperBot.Storage.LiteDb.Tests.Contracts;

/// <summary>What every <see cref="IRatingStore"/> must do; run against each implementation by a subclass.</summary>
public abstract class RatingStoreContract : IDisposable
{
    protected static readonly UserRef Ada = new(Platforms.Discord, "guild-1", "1001");
    protected static readonly UserRef Alan = new(Platforms.Slack, "T024BE7LD", "U2147483697");
    protected static readonly PaperId Attention = PaperId.FromArxiv("1706.03762");
    protected static readonly PaperId Bert = PaperId.FromArxiv("1810.04805");
    protected static readonly PaperId ResNet = PaperId.FromArxiv("1512.03385");
    private static readonly DateTimeOffset Start = new(2026, 2, 1, 9, 0, 0, TimeSpan.FromHours(1));

    protected abstract IRatingStore Store { get; }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    protected static Rating Thumb(UserRef user, PaperId paper, Thumb thumb, int minute = 0, string source = "chat") =>
        new(user, paper, thumb, source, Start.AddMinutes(minute));

    [Fact]
    public async Task A_stored_rating_comes_back_as_it_was()
    {
        var rating = Thumb(Ada, Attention, Core.Ratings.Thumb.Up, source: "button") with { At = Start.AddTicks(7654321) };

        await Store.SetAsync(rating);

        var stored = Assert.Single(await Store.ForUserAsync(Ada));
        Assert.Equal(rating, stored);
        Assert.Equal(rating.At.Offset, stored.At.Offset);
    }

    [Fact]
    public async Task Any_says_whether_a_thumb_is_stored()
    {
        Assert.False(await Store.AnyAsync());

        await Store.SetAsync(Thumb(Ada, Attention, Core.Ratings.Thumb.Down));
        Assert.True(await Store.AnyAsync());

        await Store.RemoveAsync(Ada, Attention);
        Assert.False(await Store.AnyAsync());
    }

    [Fact]
    public async Task The_latest_thumb_on_a_paper_wins()
    {
        await Store.SetAsync(Thumb(Ada, Attention, Core.Ratings.Thumb.Up, minute: 0));
        await Store.SetAsync(Thumb(Ada, Attention, Core.Ratings.Thumb.Down, minute: 5));

        var stored = Assert.Single(await Store.ForUserAsync(Ada));
        Assert.Equal(Core.Ratings.Thumb.Down, stored.Thumb);
        Assert.Equal(1, await Store.CountAsync());
    }

    [Fact]
    public async Task Set_many_stores_every_rating_and_the_last_of_a_pair_wins()
    {
        await Store.SetManyAsync(
        [
            Thumb(Ada, Attention, Core.Ratings.Thumb.Up, 0, "import"),
            Thumb(Ada, Bert, Core.Ratings.Thumb.Down, 1, "import"),
            Thumb(Alan, Attention, Core.Ratings.Thumb.Up, 2, "import"),
            Thumb(Ada, Attention, Core.Ratings.Thumb.Down, 3, "import"),
        ]);

        Assert.Equal(3, await Store.CountAsync());
        var ada = await Store.ForUserAsync(Ada);
        Assert.Equal(Core.Ratings.Thumb.Down, ada.Single(r => r.Paper == Attention).Thumb);
    }

    [Fact]
    public async Task Remove_says_whether_there_was_a_thumb_to_take_back()
    {
        await Store.SetAsync(Thumb(Ada, Attention, Core.Ratings.Thumb.Up));

        Assert.True(await Store.RemoveAsync(Ada, Attention));
        Assert.False(await Store.RemoveAsync(Ada, Attention));
        Assert.False(await Store.RemoveAsync(Alan, Bert));
        Assert.Empty(await Store.ForUserAsync(Ada));
    }

    [Fact]
    public async Task A_users_ratings_are_theirs_alone_oldest_first()
    {
        var sameIdElsewhere = new UserRef(Platforms.Discord, "guild-2", Ada.Id);
        await Store.SetAsync(Thumb(Ada, Bert, Core.Ratings.Thumb.Up, minute: 9));
        await Store.SetAsync(Thumb(Ada, Attention, Core.Ratings.Thumb.Down, minute: 1));
        await Store.SetAsync(Thumb(sameIdElsewhere, ResNet, Core.Ratings.Thumb.Up));
        await Store.SetAsync(Thumb(Alan, ResNet, Core.Ratings.Thumb.Up));

        var ada = await Store.ForUserAsync(Ada);

        Assert.Equal([Attention, Bert], ada.Select(r => r.Paper));
        Assert.All(ada, r => Assert.Equal(Ada, r.User));
        Assert.Empty(await Store.ForUserAsync(new UserRef(Platforms.Slack, "T024BE7LD", "nobody")));
    }

    [Fact]
    public async Task User_ids_that_share_separators_do_not_collide()
    {
        var one = new UserRef(Platforms.Slack, "T1|x", "U1");
        var other = new UserRef(Platforms.Slack, "T1", "x|U1");

        await Store.SetAsync(Thumb(one, Attention, Core.Ratings.Thumb.Up));
        await Store.SetAsync(Thumb(other, Attention, Core.Ratings.Thumb.Down));

        Assert.Equal(2, await Store.CountAsync());
        Assert.Equal(Core.Ratings.Thumb.Up, Assert.Single(await Store.ForUserAsync(one)).Thumb);
        Assert.Equal(Core.Ratings.Thumb.Down, Assert.Single(await Store.ForUserAsync(other)).Thumb);
    }

    [Fact]
    public async Task All_streams_every_rating()
    {
        var ratings = Enumerable.Range(0, 1500)
            .Select(i => Thumb(new UserRef(Platforms.Discord, "guild-1", $"user-{i % 37}"), PaperId.FromTitle($"Paper {i}"), i % 3 == 0 ? Core.Ratings.Thumb.Down : Core.Ratings.Thumb.Up, i))
            .ToList();
        await Store.SetManyAsync(ratings);

        var all = new List<Rating>();
        await foreach (var rating in Store.AllAsync())
            all.Add(rating);

        Assert.Equal(ratings.ToHashSet(), all.ToHashSet());
        Assert.Equal(ratings.Count, all.Count);
        Assert.Equal(ratings.Count, await Store.CountAsync());
    }

    [Fact]
    public async Task Thumbs_are_every_rating_without_its_source_and_time_in_the_same_order()
    {
        var ratings = Enumerable.Range(0, 1500)
            .Select(i => Thumb(new UserRef(Platforms.Slack, "T|%1", $"user-{i % 37}"), PaperId.FromTitle($"Paper {i}"), i % 3 == 0 ? Core.Ratings.Thumb.Down : Core.Ratings.Thumb.Up, i, "import"))
            .ToList();
        await Store.SetManyAsync(ratings);

        var all = new List<UserThumb>();
        await foreach (var rating in Store.AllAsync())
            all.Add(UserThumb.Of(rating));
        var thumbs = new List<UserThumb>();
        await foreach (var thumb in Store.ThumbsAsync())
            thumbs.Add(thumb);

        Assert.Equal(all, thumbs);
        Assert.Equal(ratings.Count, thumbs.Count);
    }

    [Fact]
    public async Task Deleting_a_user_removes_their_ratings_only_and_counts_them()
    {
        await Store.SetManyAsync(
        [
            Thumb(Ada, Attention, Core.Ratings.Thumb.Up),
            Thumb(Ada, Bert, Core.Ratings.Thumb.Down),
            Thumb(Alan, Attention, Core.Ratings.Thumb.Up),
        ]);

        Assert.Equal(2, await Store.DeleteUserAsync(Ada));
        Assert.Equal(0, await Store.DeleteUserAsync(Ada));

        Assert.Empty(await Store.ForUserAsync(Ada));
        Assert.Single(await Store.ForUserAsync(Alan));
        Assert.Equal(1, await Store.CountAsync());
    }
}
