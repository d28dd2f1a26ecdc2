namespace PaperBot.Core.Users;

public interface IUserStore
{
    Task<UserIdentity?> FindAsync(UserRef user, CancellationToken cancellationToken = default);

    /// <summary>Records the person on first sight; later calls refresh display name and time zone but keep the first-seen time.</summary>
    Task<UserIdentity> TouchAsync(UserRef user, string? displayName, string? timeZone, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(UserRef user, CancellationToken cancellationToken = default);
}
