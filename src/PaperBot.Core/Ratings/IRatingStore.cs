using PaperBot.Core.Papers;
using PaperBot.Core.Users;

namespace PaperBot.Core.Ratings;

/// <summary>One rating per (user, paper): the latest thumb wins.</summary>
public interface IRatingStore
{
    /// <summary>Stores the thumb, replacing the user's earlier thumb on the same paper.</summary>
    Task SetAsync(Rating rating, CancellationToken cancellationToken = default);

    /// <summary>Stores many thumbs in one transaction (an import); the same rules as <see cref="SetAsync"/>.</summary>
    Task SetManyAsync(IReadOnlyCollection<Rating> ratings, CancellationToken cancellationToken = default);

    /// <summary>Takes a thumb back; returns whether there was one.</summary>
    Task<bool> RemoveAsync(UserRef user, PaperId paper, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Rating>> ForUserAsync(UserRef user, CancellationToken cancellationToken = default);

    IAsyncEnumerable<Rating> AllAsync(CancellationToken cancellationToken = default);

    /// <summary>Every thumb without its source and time, in the order of <see cref="AllAsync"/>: what training reads,
    /// which a database can read more cheaply than whole ratings.</summary>
    IAsyncEnumerable<UserThumb> ThumbsAsync(CancellationToken cancellationToken = default) =>
        AllAsync(cancellationToken).Select(UserThumb.Of);

    /// <summary>Counts every thumb: a walk over the whole collection in a database, so not for each request.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether any thumb is stored: cheap at any size, unlike <see cref="CountAsync"/>.</summary>
    Task<bool> AnyAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes every rating of the user; returns how many there were.</summary>
    Task<int> DeleteUserAsync(UserRef user, CancellationToken cancellationToken = default);
}
