using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.TestKit;

namespace PaperBot.Core.Tests.Ratings;

public sealed class GroupCommitRatingStoreTests
{
    private static Rating Thumb(int user, int paper, Thumb thumb = Core.Ratings.Thumb.Up) =>
        new(new UserRef(Platforms.Discord, "app", $"u{user}"), new PaperId($"2401.{paper:D5}"), thumb, RatingSources.Reaction, DateTimeOffset.UnixEpoch);

    [Fact]
    public async Task Concurrent_thumbs_are_all_stored_in_fewer_commits_and_each_caller_returns_after_its_commit()
    {
        var inner = new SlowStore(TimeSpan.FromMilliseconds(20));
        var store = new GroupCommitRatingStore(inner);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => store.SetAsync(Thumb(i, i)))));

        Assert.Equal(200, await store.CountAsync());
        Assert.InRange(inner.Commits, 1, 50);
    }

    [Fact]
    public async Task The_latest_thumb_of_one_person_on_one_paper_wins_within_a_batch()
    {
        var store = new GroupCommitRatingStore(new SlowStore(TimeSpan.FromMilliseconds(5)));
        await store.SetAsync(Thumb(1, 1, Core.Ratings.Thumb.Up));
        await store.SetAsync(Thumb(1, 1, Core.Ratings.Thumb.Down));
        Assert.Equal(Core.Ratings.Thumb.Down, Assert.Single(await store.ForUserAsync(Thumb(1, 1).User)).Thumb);
    }

    [Fact]
    public async Task A_failed_commit_fails_every_caller_of_its_batch_and_the_store_goes_on_afterwards()
    {
        var inner = new SlowStore(TimeSpan.FromMilliseconds(20)) { FailNext = true };
        var store = new GroupCommitRatingStore(inner);

        var first = Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => store.SetAsync(Thumb(i, i)))));
        await Assert.ThrowsAsync<IOException>(() => first);

        await store.SetAsync(Thumb(99, 99));
        Assert.Contains(Thumb(99, 99).Paper, (await store.ForUserAsync(Thumb(99, 99).User)).Select(r => r.Paper));
    }

    /// <summary>A store whose commits take a while, as a disk's do, and that counts them.</summary>
    private sealed class SlowStore(TimeSpan commit) : IRatingStore
    {
        private readonly InMemoryRatingStore inner = new();
        private int commits;

        public int Commits => commits;

        public bool FailNext { get; set; }

        public async Task SetManyAsync(IReadOnlyCollection<Rating> ratings, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref commits);
            await Task.Delay(commit, cancellationToken);
            if (FailNext)
            {
                FailNext = false;
                throw new IOException("disk full");
            }
            await inner.SetManyAsync(ratings, cancellationToken);
        }

        public Task SetAsync(Rating rating, CancellationToken cancellationToken = default) => SetManyAsync([rating], cancellationToken);

        public Task<bool> RemoveAsync(UserRef user, PaperId paper, CancellationToken cancellationToken = default) => inner.RemoveAsync(user, paper, cancellationToken);

        public Task<IReadOnlyList<Rating>> ForUserAsync(UserRef user, CancellationToken cancellationToken = default) => inner.ForUserAsync(user, cancellationToken);

        public IAsyncEnumerable<Rating> AllAsync(CancellationToken cancellationToken = default) => inner.AllAsync(cancellationToken);

        public Task<int> CountAsync(CancellationToken cancellationToken = default) => inner.CountAsync(cancellationToken);

        public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => inner.AnyAsync(cancellationToken);

        public Task<int> DeleteUserAsync(UserRef user, CancellationToken cancellationToken = default) => inner.DeleteUserAsync(user, cancellationToken);
    }
}
