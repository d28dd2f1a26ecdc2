using PaperBot.Core.Users;

namespace PaperBot.Core.Digests;

/// <summary>
/// Who reads a channel, as the bot saw it: the people who rated a card in that channel, each with the time of their
/// latest rating there. A channel digest is ranked for them (with its owner and the members the platform knows, see
/// <see cref="IChannelMembers"/>), so that it follows the channel's thumbs rather than one person's.
/// Channels are <see cref="DigestTarget.Channel"/> targets, keyed like their subscription.
/// </summary>
public interface IChannelAudience
{
    /// <summary>Remembers that <paramref name="member"/> rated a card in <paramref name="channel"/> at <paramref name="at"/>.
    /// A later time replaces an earlier one; an earlier one (recorded late) changes nothing.</summary>
    /// <exception cref="ArgumentException"><paramref name="channel"/> is a DM target.</exception>
    Task RecordAsync(DigestTarget channel, UserRef member, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>At most <paramref name="limit"/> members of the channel, the most recently active first.</summary>
    Task<IReadOnlyList<UserRef>> MembersAsync(DigestTarget channel, int limit, CancellationToken cancellationToken = default);

    /// <summary>Removes the person from every channel's audience (forget-me); returns from how many.</summary>
    Task<int> ForgetAsync(UserRef member, CancellationToken cancellationToken = default);
}
