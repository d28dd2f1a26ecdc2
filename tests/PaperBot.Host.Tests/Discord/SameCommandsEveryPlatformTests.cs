using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Chat;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Host.Terminal;
using PaperBot.TestKit;

namespace PaperBot.Host.Tests.Discord;

/// <summary>The behaviour suite of the core commands, run on the terminal, Discord and Slack alike: the same command,
/// typed in the terminal or in Slack, or sent as Discord's typed options, gives the same papers in the same order and
/// the same text.</summary>
public sealed class SameCommandsEveryPlatformTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private DiscordHost discord = null!;
    private Slack.SlackHost slack = null!;

    public async Task InitializeAsync()
    {
        discord = await DiscordHost.StartFakesAsync();
        slack = await Slack.SlackHost.StartFakesAsync();
    }

    public async Task DisposeAsync()
    {
        await slack.DisposeAsync();
        await discord.DisposeAsync();
        folder.Dispose();
    }

    public static TheoryData<string, string, string[]> Cases => new()
    {
        { "/papers search spiking neural networks top:3", "search", ["query=spiking neural networks", "top=3"] },
        { "/papers search \"graph neural\"", "search", ["query=\"graph neural\""] },
        { "/papers search transformers top:0", "search", ["query=transformers", "top=0"] },
        { "/papers recommend top:4", "recommend", ["top=4"] },
        { "/papers help", "help", [] },
        { "/papers status", "status", [] },
        { "/papers subscribe size:30", "subscribe", ["size=30"] },
        { "/papers show 9999.99999", "show", ["id=9999.99999"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_command_gives_the_same_answer_in_the_terminal_on_discord_and_on_slack(string line, string subcommand, string[] options)
    {
        // One process runs both platforms, on one catalogue.
        using var host = slack.Build(folder.File("paperbot.db"), extra: discord.Settings);
        var next = discord.Gateway.Connections.Count;
        var socket = await slack.StartAsync(host, Waiting.Patience);
        var connection = await discord.ReadyConnectionAsync(next, Waiting.Patience);

        // Two people who never rated anything, so that neither answer depends on who asked.
        var terminal = new TerminalSession(host.Services.GetRequiredService<CommandRouter>(), host.Services.GetRequiredService<RatingService>(),
            UserRef.Terminal("ada"), new RequesterFacts("ada", CanManageChannel: true));
        var typed = await terminal.HandleAsync(line);

        var token = "tok-" + Guid.NewGuid().ToString("N");
        var values = options.Select(o => o.Split('=', 2)).ToDictionary(o => o[0], o => int.TryParse(o[1], out var n) ? (object)n : o[1]);
        await connection.DispatchAsync("INTERACTION_CREATE", DiscordHost.Command(token, subcommand, values, guild: null, channel: "620"));
        await Waiting.UntilAsync(() => discord.Rest.OriginalEditsFor(token).Count > 0, "the answer on Discord");
        await Task.Delay(200);
        var messages = discord.Rest.OriginalEditsFor(token).Concat(discord.Rest.FollowupsFor(token)).ToList();

        var shownOnDiscord = messages.SelectMany(m => m["embeds"]?.AsArray() ?? []).Select(e => e!["footer"]!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(typed.Cards.Select(c => c.Paper.Value), shownOnDiscord);
        Assert.Equal(Normalise(typed.Text), Normalise(string.Concat(messages.Select(m => (string?)m["content"] ?? ""))));

        // On Slack, in a DM as in the terminal: the same papers, and the same text as the message's fallback.
        CommandLine.TryStripRoot(line, out var text);
        var envelope = Slack.SlackHost.NextId("env");
        await socket.SendEnvelopeAsync(envelope, "slash_commands", slack.Slash(text, slack.Responses.Url(envelope), channel: "D610"), acceptsResponsePayload: true);
        var ack = await slack.Fake.WaitForAckAsync(envelope, TimeSpan.FromSeconds(30));
        var reply = ack.Payload as JsonObject ?? await slack.Responses.WaitForAsync(envelope, TimeSpan.FromSeconds(30));
        var shownOnSlack = (reply["blocks"]?.AsArray() ?? []).Where(b => (string?)b!["type"] == "context")
            .Select(b => b!["elements"]![0]!["text"]!.GetValue<string>()).ToList();
        Assert.Equal(typed.Cards.Take(shownOnSlack.Count).Select(c => c.Paper.Value), shownOnSlack);
        Assert.StartsWith(Normalise(typed.Text)[..Math.Min(40, Normalise(typed.Text).Length)], Normalise(System.Net.WebUtility.HtmlDecode((string?)reply["text"] ?? "")), StringComparison.Ordinal);
        await host.StopAsync();
    }

    /// <summary>The conversation is named in the answer ("your DMs"), and Discord cuts nothing here: compare the words.</summary>
    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
