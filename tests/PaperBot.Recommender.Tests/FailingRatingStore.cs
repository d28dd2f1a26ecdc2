using System.Runtime.CompilerServices;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;

namespace PaperBot.Recommender.Tests;

/// <summary>A rating store whose full scan breaks part-way, as a damaged database file or a lost disk would,
/// while per-person reads keep working (so rankings go on).</summary>
internal sealed class FailingRatingStore(IRatingStore inner) : IRatingStore
{
    public bool Broken { get; set; }

    public Task SetAsync(Rating rating, CancellationToken cancellationToken = default) => inner.SetAsync(rating, cancellationToken);

    public Task SetManyAsync(IReadOnlyCollection<Rating> ratings, CancellationToken cancellationToken = default) => inner.SetManyAsync(ratings, cancellationToken);

    public Task<bool> RemoveAsync(UserRef user, PaperId paper, CancellationToken cancellationToken = default) => inner.RemoveAsync(user, paper, cancellationToken);

    public Task<IReadOnlyList<Rating>> ForUserAsync(UserRef user, CancellationToken cancellationToken = default) => inner.ForUserAsync(user, cancellationToken);

    public async IAsyncEnumerable<Rating> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var read = 0;
        await foreach (var rating in inner.AllAsync(cancellationToken))
        {
            if (Broken && ++read > 3)
                throw new IOException("Read error in ratings collection: page checksum mismatch.");
            yield return rating;
        }
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => inner.CountAsync(cancellationToken);

    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => inner.AnyAsync(cancellationToken);

    public Task<int> DeleteUserAsync(UserRef user, CancellationToken cancellationToken = default) => inner.DeleteUserAsync(user, cancellationToken);
}
