using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Digests;
using PaperBot.Core.Feeds;
using PaperBot.Core.Users;
using PaperBot.Host.Hosting;
using PaperBot.Host.Terminal;
using PaperBot.TestKit;

namespace PaperBot.Host.Tests.Hosting;

/// <summary>What the bot remembers across a restart, through the host's own wiring on one database file.</summary>
public sealed class DurableStateTests : IDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 1, 30, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Papers_status_still_shows_the_last_feed_runs_after_a_restart()
    {
        var settings = new HostSettings(folder.File("bot.db"), Interactive: false);
        using (var host = PaperBotHost.Build(settings))
        {
            Assert.Equal(["No scheduled ingestion has run yet."], await host.Services.GetRequiredService<IFeedStatus>().DescribeAsync());
            var log = host.Services.GetRequiredService<IFeedRunLog>();
            await log.RecordAsync(new FeedRun("arxiv:cs.LG", Monday, Monday.AddSeconds(3), true, 100, 40, 2, 0, null));
            await log.RecordAsync(FeedRun.Failed("huggingface", Monday, Monday.AddMinutes(1), "HTTP 503 Service Unavailable after 4 attempts"));
        }

        using var restarted = PaperBotHost.Build(settings);

        Assert.Equal(
            ["arxiv:cs.LG: 2026-11-23 01:30 UTC, 40 new of 100 read", "huggingface: 2026-11-23 01:31 UTC, failed: HTTP 503 Service Unavailable after 4 attempts"],
            await restarted.Services.GetRequiredService<IFeedStatus>().DescribeAsync());
    }

    [Fact]
    public async Task Channel_audiences_are_kept_in_the_database_and_the_terminal_person_is_a_member_of_terminal_channels()
    {
        var settings = new HostSettings(folder.File("bot.db"), Interactive: false);
        var channel = DigestTarget.Channel(Platforms.Discord, "guild-1", "C-general");
        var rater = new UserRef(Platforms.Discord, "guild-1", "1001");
        using (var host = PaperBotHost.Build(settings))
        {
            await host.Services.GetRequiredService<IChannelAudience>().RecordAsync(channel, rater, Monday);
            var terminal = Assert.IsType<TerminalChannelMembers>(Assert.Single(host.Services.GetServices<IChannelMembers>()));
            Assert.Equal([UserRef.Terminal(Environment.UserName)], await terminal.MembersAsync(DigestTarget.Channel(Platforms.Terminal, Platforms.LocalWorkspace, "c"), 10));
        }

        using var restarted = PaperBotHost.Build(settings);

        Assert.Equal([rater], await restarted.Services.GetRequiredService<IChannelAudience>().MembersAsync(channel, 10));
    }
}
