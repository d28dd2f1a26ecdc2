using System.Runtime.CompilerServices;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;

namespace PaperBot.Recommender.Benchmarks;

/// <summary>Fixed thumbs in memory, indexed by person, for the benchmark.</summary>
internal sealed class MemoryRatingStore(IReadOnlyList<Rating> ratings) : IRatingStore
{
    private readonly Dictionary<UserRef, List<Rating>> byUser = ratings.GroupBy(r => r.User).ToDictionary(g => g.Key, g => g.ToList());

    public Task SetAsync(Rating rating, CancellationToken cancellationToken = default) => throw new NotSupportedException("The benchmark's thumbs are fixed.");

    public Task SetManyAsync(IReadOnlyCollection<Rating> ratings, CancellationToken cancellationToken = default) => throw new NotSupportedException("The benchmark's thumbs are fixed.");

    public Task<bool> RemoveAsync(UserRef user, PaperId paper, CancellationToken cancellationToken = default) => throw new NotSupportedException("The benchmark's thumbs are fixed.");

    public Task<IReadOnlyList<Rating>> ForUserAsync(UserRef user, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Rating>>(byUser.TryGetValue(user, out var list) ? list : []);

    public async IAsyncEnumerable<Rating> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var rating in ratings)
            yield return rating;
        await Task.CompletedTask;
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(ratings.Count);

    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => Task.FromResult(ratings.Count > 0);

    public Task<int> DeleteUserAsync(UserRef user, CancellationToken cancellationToken = default) => throw new NotSupportedException("The benchmark's thumbs are fixed.");
}
