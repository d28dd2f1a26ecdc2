using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;

namespace PaperBot.Benchmarks.Discord;

/// <summary>When each thumb was stored: the host's <see cref="IRatingStore"/> (the group commit over LiteDB) is wrapped, and
/// a thumb counts as stored when its <see cref="IRatingStore.SetAsync"/> returns, which is when its batch has committed.</summary>
public sealed class StoredThumbs
{
    private readonly ConcurrentDictionary<(string User, string Paper), long> storedAt = new();

    public int Count => storedAt.Count;

    /// <summary>Stopwatch timestamp of the first time this person's thumb on this paper was stored.</summary>
    public long? StoredAt(string user, string paper) => storedAt.TryGetValue((user, paper), out var at) ? at : null;

    /// <summary>Replaces the registered <see cref="IRatingStore"/> with a timing decorator around it.</summary>
    public void Decorate(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IRatingStore));
        services.Remove(registered);
        services.AddSingleton<IRatingStore>(provider => new Timed(Create(registered, provider), this));
    }

    private static IRatingStore Create(ServiceDescriptor registered, IServiceProvider provider) =>
        registered.ImplementationInstance as IRatingStore
        ?? registered.ImplementationFactory?.Invoke(provider) as IRatingStore
        ?? (IRatingStore)ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!);

    private void Stored(Rating rating) => storedAt.TryAdd((rating.User.Id, rating.Paper.Value), Stopwatch.GetTimestamp());

    private sealed class Timed(IRatingStore inner, StoredThumbs thumbs) : IRatingStore
    {
        public async Task SetAsync(Rating rating, CancellationToken cancellationToken = default)
        {
            await inner.SetAsync(rating, cancellationToken);
            thumbs.Stored(rating);
        }

        public async Task SetManyAsync(IReadOnlyCollection<Rating> ratings, CancellationToken cancellationToken = default)
        {
            await inner.SetManyAsync(ratings, cancellationToken);
            foreach (var rating in ratings)
                thumbs.Stored(rating);
        }

        public Task<bool> RemoveAsync(UserRef user, PaperId paper, CancellationToken cancellationToken = default) => inner.RemoveAsync(user, paper, cancellationToken);

        public Task<IReadOnlyList<Rating>> ForUserAsync(UserRef user, CancellationToken cancellationToken = default) => inner.ForUserAsync(user, cancellationToken);

        public IAsyncEnumerable<Rating> AllAsync(CancellationToken cancellationToken = default) => inner.AllAsync(cancellationToken);

        public Task<int> CountAsync(CancellationToken cancellationToken = default) => inner.CountAsync(cancellationToken);

        public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => inner.AnyAsync(cancellationToken);

        public Task<int> DeleteUserAsync(UserRef user, CancellationToken cancellationToken = default) => inner.DeleteUserAsync(user, cancellationToken);
    }
}
