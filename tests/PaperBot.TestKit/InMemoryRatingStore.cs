using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;

namespace PaperBot.TestKit;

public sealed class InMemoryRatingStore : IRatingStore
{
    private readonly ConcurrentDictionary<(UserRef, PaperId), Rating> byUserAndPaper = new();

    public Task SetAsync(Rating rating, CancellationToken cancellationToken = default)
    {
        byUserAndPaper[(rating.User, rating.Paper)] = rating;
        return Task.CompletedTask;
    }

    public Task SetManyAsync(IReadOnlyCollection<Rating> ratings, CancellationToken cancellationToken = default)
    {
        foreach (var rating in ratings)
            byUserAndPaper[(rating.User, rating.Paper)] = rating;
        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(UserRef user, PaperId paper, CancellationToken cancellationToken = default) =>
        Task.FromResult(byUserAndPaper.TryRemove((user, paper), out _));

    public Task<IReadOnlyList<Rating>> ForUserAsync(UserRef user, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Rating>>(byUserAndPaper.Values.Where(r => r.User == user).OrderBy(r => r.At).ToList());

    public async IAsyncEnumerable<Rating> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var rating in byUserAndPaper.Values.OrderBy(r => r.At))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return rating;
        }
        await Task.CompletedTask;
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(byUserAndPaper.Count);

    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => Task.FromResult(!byUserAndPaper.IsEmpty);

    public Task<int> DeleteUserAsync(UserRef user, CancellationToken cancellationToken = default)
    {
        var keys = byUserAndPaper.Keys.Where(k => k.Item1 == user).ToList();
        return Task.FromResult(keys.Count(k => byUserAndPaper.TryRemove(k, out _)));
    }
}
