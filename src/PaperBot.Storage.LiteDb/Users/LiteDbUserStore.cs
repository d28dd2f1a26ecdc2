using PaperBot.Core.Users;
using PaperBot.Storage.LiteDb.Documents;

namespace PaperBot.Storage.LiteDb.Users;

/// <summary>People in the <c>users</c> collection. First sight is timed with the injected <see cref="TimeProvider"/>.</summary>
public sealed class LiteDbUserStore(LiteDbContext context, TimeProvider timeProvider) : IUserStore
{
    // Touch reads then writes; this keeps two first messages of one person from both recording a first sight.
    private readonly Lock touchGate = new();

    public Task<UserIdentity?> FindAsync(UserRef user, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = context.Users.FindById(DocumentKeys.User(user));
        return Task.FromResult(document is null ? null : UserMapping.ToIdentity(document));
    }

    public Task<UserIdentity> TouchAsync(UserRef user, string? displayName, string? timeZone, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (touchGate)
        {
            var stored = context.Users.FindById(DocumentKeys.User(user));
            var identity = stored is null
                ? new UserIdentity(user, displayName, timeZone, timeProvider.GetUtcNow())
                : UserMapping.ToIdentity(stored) with
                {
                    User = user,
                    DisplayName = displayName ?? stored.DisplayName,
                    TimeZone = timeZone ?? stored.TimeZone,
                };
            context.Users.Upsert(UserMapping.ToDocument(identity));
            return Task.FromResult(identity);
        }
    }

    public Task<bool> DeleteAsync(UserRef user, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(context.Users.Delete(DocumentKeys.User(user)));
    }
}
