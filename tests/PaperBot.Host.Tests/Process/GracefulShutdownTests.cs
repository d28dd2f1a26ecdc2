using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Core.Digests;
using PaperBot.Core.Users;
using PaperBot.Host.Hosting;
using PaperBot.Host.Tests.Discord;
using PaperBot.TestKit;

namespace PaperBot.Host.Tests.Process;

/// <summary>SIGTERM to a real <c>paperbot run</c> while a digest is on its way to Discord (the fake holding the post): the
/// process exits 0, and after a restart the outbox has delivered the digest exactly once.</summary>
public sealed class GracefulShutdownTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder folder = new();
    private DiscordHost discord = null!;

    public async Task InitializeAsync() => discord = await DiscordHost.StartFakesAsync();

    public async Task DisposeAsync() => await discord.DisposeAsync();

    public void Dispose() => folder.Dispose();

    private string Database => folder.File("paperbot.db");

    [Fact]
    public async Task A_digest_under_way_at_SIGTERM_finishes_and_the_process_exits_0()
    {
        var channel = discord.Rest.CreateGuildChannel();
        var item = await QueueDigestAsync(channel);
        var hold = discord.Rest.HoldNext("POST /channels/*/messages");
        using (var bot = StartBot(shutdownTimeout: "00:00:30"))
        {
            await bot.UntilAsync(hold.Arrived, "the first part's post");
            await bot.TerminateAsync();
            await bot.UntilLoggedAsync("Stopping deliveries");
            hold.Release();
            Assert.Equal(0, await bot.ExitCodeAsync());
        }

        Assert.Equal(3, discord.Rest.MessagesIn(channel).Count);
        Assert.Equal(OutboxState.Delivered, (await RestartAndDeliverAsync(item)).State);
        Assert.Equal(3, discord.Rest.MessagesIn(channel).Count);
    }

    [Fact]
    public async Task A_digest_still_held_when_the_shutdown_timeout_ends_is_left_pending_and_arrives_once_after_a_restart()
    {
        var channel = discord.Rest.CreateGuildChannel();
        var item = await QueueDigestAsync(channel);
        var hold = discord.Rest.HoldNext("POST /channels/*/messages");
        using (var bot = StartBot(shutdownTimeout: "00:00:02"))
        {
            await bot.UntilAsync(hold.Arrived, "the first part's post");
            await bot.TerminateAsync();
            Assert.Equal(0, await bot.ExitCodeAsync());
        }

        Assert.Empty(discord.Rest.MessagesIn(channel));
        Assert.Equal(OutboxState.Delivered, (await RestartAndDeliverAsync(item)).State);
        var messages = discord.Rest.MessagesIn(channel);
        Assert.Equal(["digest", "part two", "part three"], messages.Select(m => m.Content));
    }

    private BotProcess StartBot(string shutdownTimeout) => BotProcess.Start(Database, folder.Path, new Dictionary<string, string>(discord.Settings.Select(s => KeyValuePair.Create(s.Key, s.Value!)))
    {
        ["Shutdown:Timeout"] = shutdownTimeout,
        ["Seeds:IngestOnFirstStart"] = "false",
        ["Logging:LogLevel:PaperBot"] = "Information",
    });

    /// <summary>A three-part channel digest, due now, in the outbox of the database the bot will open.</summary>
    private async Task<OutboxItem> QueueDigestAsync(ulong channel)
    {
        var now = TimeProvider.System.GetUtcNow();
        var target = DigestTarget.Channel(Platforms.Discord, "500", channel.ToString(CultureInfo.InvariantCulture));
        var item = new OutboxItem(OutboxItem.IdFor("sub-1", now), "sub-1", target, now, [new DigestPart("digest"), new DigestPart("part two"), new DigestPart("part three")],
            new Dictionary<int, string>(), OutboxState.Pending, 0, now, null, now);
        using var host = PaperBotHost.Build(new HostSettings(Database, Interactive: false));
        await host.StartAsync();
        Assert.True(await host.Services.GetRequiredService<IDigestLedger>().CommitDigestAsync(item, [], null));
        await host.StopAsync();
        return item;
    }

    /// <summary>The next start: whatever is pending is delivered (reconciled with the channel first); returns the item as stored.</summary>
    private async Task<OutboxItem> RestartAndDeliverAsync(OutboxItem item)
    {
        using var host = discord.Build(Database, extra: new Dictionary<string, string?> { ["Seeds:IngestOnFirstStart"] = "false" });
        await host.StartAsync();
        var ledger = host.Services.GetRequiredService<IDigestLedger>();
        await Waiting.UntilAsync(async () => (await ledger.FindAsync(item.Id))?.State == OutboxState.Delivered, "the digest delivered after the restart");
        var stored = (await ledger.FindAsync(item.Id))!;
        await host.StopAsync();
        return stored;
    }
}
