using System.Collections.Concurrent;
using PaperBot.Core.Users;

namespace PaperBot.TestKit;

public sealed class InMemoryUserStore(TimeProvider time) : IUserStore
{
    private readonly ConcurrentDictionary<UserRef, UserIdentity> users = new();

    public Task<UserIdentity?> FindAsync(UserRef user, CancellationToken cancellationToken = default) => Task.FromResult(users.GetValueOrDefault(user));

    public Task<UserIdentity> TouchAsync(UserRef user, string? displayName, string? timeZone, CancellationToken cancellationToken = default) =>
        Task.FromResult(users.AddOrUpdate(user,
            _ => new UserIdentity(user, displayName, timeZone, time.GetUtcNow()),
            (_, known) => known with { DisplayName = displayName ?? known.DisplayName, TimeZone = timeZone ?? known.TimeZone }));

    public Task<bool> DeleteAsync(UserRef user, CancellationToken cancellationToken = default) => Task.FromResult(users.TryRemove(user, out _));
}
