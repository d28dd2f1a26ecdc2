using PaperBot.Core.Users;

namespace PaperBot.Core.Digests;

/// <summary>
/// An optional fact a platform adapter may supply: the members of a channel it already knows (from its gateway cache, or
/// the terminal's one user). Adapters that know nothing register none; the channel digest is then ranked for its owner
/// and the people who rated in the channel (<see cref="IChannelAudience"/>). Called once per channel digest, so an
/// adapter answers from what it holds rather than asking the platform each time.
/// </summary>
public interface IChannelMembers
{
    /// <summary>The platform name the adapter serves (<see cref="Platforms"/>); only that platform's channels are asked.</summary>
    string Platform { get; }

    /// <summary>At most <paramref name="limit"/> members of <paramref name="channel"/>, the most relevant first (the
    /// most recently active when the adapter knows it); empty when it knows none.</summary>
    Task<IReadOnlyList<UserRef>> MembersAsync(DigestTarget channel, int limit, CancellationToken cancellationToken = default);
}
