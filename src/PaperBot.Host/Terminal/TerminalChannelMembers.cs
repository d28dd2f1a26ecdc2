using PaperBot.Core.Digests;
using PaperBot.Core.Users;

namespace PaperBot.Host.Terminal;

/// <summary>What the terminal platform knows of its channels' members: the one person at this machine, who chats in the
/// terminal and runs <c>paperbot digest --channel</c>, so a terminal channel's digest follows their thumbs.</summary>
public sealed class TerminalChannelMembers(UserRef person) : IChannelMembers
{
    public string Platform => Platforms.Terminal;

    public Task<IReadOnlyList<UserRef>> MembersAsync(DigestTarget channel, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        IReadOnlyList<UserRef> members = channel.Platform == Platforms.Terminal && limit > 0 ? [person] : [];
        return Task.FromResult(members);
    }
}
