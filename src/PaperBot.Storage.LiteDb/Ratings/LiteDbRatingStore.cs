using LiteDB;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Storage.LiteDb.Documents;

namespace PaperBot.Storage.LiteDb.Ratings;

/// <summary>Thumbs in the <c>ratings</c> collection, one document per user and paper, so an upsert lets the latest thumb win.</summary>
public sealed class LiteDbRatingStore(LiteDbContext context) : IRatingStore
{
    public Task SetAsync(Rating rating, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        context.Ratings.Upsert(RatingMapping.ToDocument(rating));
        return Task.CompletedTask;
    }

    public Task SetManyAsync(IReadOnlyCollection<Rating> ratings, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        context.InTransaction(() => context.Ratings.Upsert(ratings.Select(rating =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return RatingMapping.ToDocument(rating);
        })));
        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(UserRef user, PaperId paper, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(context.Ratings.Delete(DocumentKeys.Rating(user, paper)));
    }

    /// <summary>The user's ratings, oldest first.</summary>
    public Task<IReadOnlyList<Rating>> ForUserAsync(UserRef user, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<Rating> ratings = context.Ratings.Find(BoundQuery.Equal(nameof(RatingDocument.UserKey), DocumentKeys.User(user)))
            .Select(RatingMapping.ToRating)
            .OrderBy(r => r.At)
            .ToList();
        return Task.FromResult(ratings);
    }

    /// <summary>Every rating, in document id order (grouped by user).</summary>
    public IAsyncEnumerable<Rating> AllAsync(CancellationToken cancellationToken = default) =>
        KeysetPages.Read(context.Ratings, d => d.Id, cancellationToken).Select(RatingMapping.ToRating).ToAsyncEnumerable();

    /// <summary>Every thumb, in document id order, read from the documents as stored: without the mapper and the
    /// parsing of what a thumb does not need, which is about a quarter of reading whole ratings.</summary>
    public IAsyncEnumerable<UserThumb> ThumbsAsync(CancellationToken cancellationToken = default) =>
        KeysetPages.Read(context.RatingsAsStored, d => d["_id"].AsString, cancellationToken).Select(RatingMapping.ToThumb).ToAsyncEnumerable();

    public Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(context.Ratings.Count());
    }

    public Task<bool> AnyAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(context.Ratings.Exists(Query.All()));
    }

    public Task<int> DeleteUserAsync(UserRef user, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(context.Ratings.DeleteMany(BoundQuery.Equal(nameof(RatingDocument.UserKey), DocumentKeys.User(user))));
    }
}
