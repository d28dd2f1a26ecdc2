using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PaperBot.TestKit;

namespace PaperBot.Host.Tests.Discord;

/// <summary>A wrong token or no Discord at all: the bot stays up, says why in one line a try, backs off, never logs the token.</summary>
public sealed class DiscordUnreachableHostTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private DiscordHost discord = null!;

    public async Task InitializeAsync() => discord = await DiscordHost.StartFakesAsync();

    public async Task DisposeAsync()
    {
        await discord.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_wrong_token_is_reported_without_the_token_and_the_bot_keeps_running()
    {
        const string wrong = "wrong-token-that-must-not-appear";
        var log = new ListLogger();
        using var host = discord.Build(folder.File("paperbot.db"), services => services.AddLogging(b => b.AddProvider(log)), token: wrong);
        await host.StartAsync();

        await Waiting.UntilAsync(() => log.Lines.Any(l => l.Message.Contains("rejected the bot token (401)", StringComparison.Ordinal)), "the refused token to be logged",
            TimeSpan.FromSeconds(20));
        await Task.Delay(300);

        Assert.Single(log.Lines, l => l.Level == LogLevel.Error && l.Message.Contains("Discord:Token", StringComparison.Ordinal));
        Assert.DoesNotContain(log.Lines, l => l.Message.Contains(wrong, StringComparison.Ordinal));
        Assert.Empty(discord.Gateway.Connections);
        await host.StopAsync();
    }
}
