using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;

namespace PaperBot.TestKit;

public sealed class InMemoryRatingStore : IRatingStore
{
    private readonly ConcurrentDictionary<(UserRef, PaperId), Rating> ratings = new();

    public Task SetAsync(Rating rating, CancellationToken cancellationToken = default)
    {
        ratings[(rating.User, rating.Paper)] = rating;
        return Task.CompletedTask;
    }

    public Task SetManyAsync(IReadOnlyCollection<Rating> batch, CancellationToken cancellationToken = default)
    {
        foreach (var rating in batch)
            ratings[(rating.User, rating.Paper)] = rating;
        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(UserRef user, PaperId paper, CancellationToken cancellationToken = default) =>
        Task.FromResult(ratings.TryRemove((user, paper), out _));

    public Task<IReadOnlyList<Rating>> ForUserAsync(UserRef user, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Rating>>(ratings.Values.Where(r => r.User == user).OrderBy(r => r.At).ToList());

    public async IAsyncEnumerable<Rating> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var rating in ratings.Values.OrderBy(r => r.At))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return rating;
        }
        await Task.CompletedTask;
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(ratings.Count);

    public Task<int> DeleteUserAsync(UserRef user, CancellationToken cancellationToken = default)
    {
        var keys = ratings.Keys.Where(k => k.Item1 == user).ToList();
        return Task.FromResult(keys.Count(k => ratings.TryRemove(k, out _)));
    }
}
