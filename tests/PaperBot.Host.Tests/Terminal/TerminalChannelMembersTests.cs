using PaperBot.Core.Digests;
using PaperBot.Core.Users;
using PaperBot.Host.Terminal;

namespace PaperBot.Host.Tests.Terminal;

public sealed class TerminalChannelMembersTests
{
    private static readonly UserRef Person = UserRef.Terminal("ada");
    private readonly TerminalChannelMembers members = new(Person);

    [Fact]
    public async Task The_person_at_the_terminal_is_a_member_of_every_terminal_channel()
    {
        Assert.Equal([Person], await members.MembersAsync(DigestTarget.Channel(Platforms.Terminal, Platforms.LocalWorkspace, "papers"), 10));
        Assert.Empty(await members.MembersAsync(DigestTarget.Channel(Platforms.Terminal, Platforms.LocalWorkspace, "papers"), 0));
    }

    [Fact]
    public async Task Channels_of_other_platforms_are_not_the_terminals_to_answer()
    {
        Assert.Empty(await members.MembersAsync(DigestTarget.Channel(Platforms.Discord, "guild-1", "C-general"), 10));
    }
}
