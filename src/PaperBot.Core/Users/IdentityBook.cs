using System.Collections.Concurrent;
using PaperBot.Core.Chat.Inbound;

namespace PaperBot.Core.Users;

/// <summary>Identity bookkeeping for every platform: a person is recorded on first sight and refreshed when their
/// platform tells something new, and the time zone stored for them is the default when an event carries none
/// (Discord never tells one). Remembers what it wrote, so a burst of reactions costs no write per event.</summary>
public sealed class IdentityBook(IUserStore users)
{
    private readonly ConcurrentDictionary<UserRef, UserIdentity> known = new();

    /// <summary>Records the requester and returns them with the stored time zone filled in where the event had none.</summary>
    public async Task<Requester> TouchAsync(Requester requester, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requester);
        var facts = requester.Facts;
        if (!known.TryGetValue(requester.User, out var identity) || Changes(identity, facts))
        {
            identity = await users.TouchAsync(requester.User, facts.DisplayName, facts.TimeZone, cancellationToken);
            known[requester.User] = identity;
        }
        return facts.TimeZone is null && identity.TimeZone is { } zone ? requester with { Facts = facts with { TimeZone = zone } } : requester;
    }

    /// <summary>Deletes the person's identity (forget-me); the next event records them anew.</summary>
    public Task<bool> ForgetAsync(UserRef user, CancellationToken cancellationToken = default)
    {
        known.TryRemove(user, out _);
        return users.DeleteAsync(user, cancellationToken);
    }

    private static bool Changes(UserIdentity identity, Chat.RequesterFacts facts) =>
        (facts.DisplayName is not null && facts.DisplayName != identity.DisplayName) ||
        (facts.TimeZone is not null && facts.TimeZone != identity.TimeZone);
}
