using System.Net;
using System.Text.Json;
using PaperBot.Host.Tests.Discord;
using PaperBot.Host.Tests.Http;
using PaperBot.TestKit;

namespace PaperBot.Host.Tests.Process;

/// <summary>A real <c>paperbot run</c> with JSON logs at the most verbose level, whose Discord token the fake refuses
/// and whose Slack API cannot be reached: every line on standard error is one JSON object, none carries a token, and
/// <c>/readyz</c> says which platform is not connected and why.</summary>
public sealed class SecretFreeLogTests : IAsyncLifetime, IDisposable
{
    private const string DiscordToken = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.Gsecret.discord-token-never-logged";
    private const string SlackBotToken = "xoxb-1111-2222-slack-bot-secret";
    private const string SlackAppToken = "xapp-1-A111-3333-slack-app-secret";

    private readonly TempFolder folder = new();
    private DiscordHost discord = null!;

    public async Task InitializeAsync() => discord = await DiscordHost.StartFakesAsync();

    public async Task DisposeAsync() => await discord.DisposeAsync();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Refused_tokens_appear_in_no_log_line_and_readiness_names_the_platforms_that_are_not_connected()
    {
        var url = FreePort.LoopbackUrl();
        var settings = discord.Settings.ToDictionary(s => s.Key, s => s.Value!);
        settings["Discord:Token"] = DiscordToken;
        settings["Slack:BotToken"] = SlackBotToken;
        settings["Slack:AppToken"] = SlackAppToken;
        settings["Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api/";
        settings["Http:Urls"] = url;
        settings["Seeds:IngestOnFirstStart"] = "false";
        settings["Logging:Console:FormatterName"] = "json";
        settings["Logging:LogLevel:Default"] = "Trace";
        using var bot = BotProcess.Start(folder.File("paperbot.db"), folder.Path, settings);
        await bot.UntilLoggedAsync("Discord rejected the bot token (401)");
        await bot.UntilLoggedAsync("Cannot reach Slack");

        using var http = new HttpClient { Timeout = Waiting.Patience };
        using var ready = await http.GetAsync(new Uri(url + "/readyz"));
        var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var notReady = report.GetProperty("notReady").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(notReady, line => line.StartsWith("discord: connecting since ", StringComparison.Ordinal) && line.EndsWith("(Discord rejected the bot token (401))", StringComparison.Ordinal));
        Assert.Contains(notReady, line => line.StartsWith("slack: connecting since ", StringComparison.Ordinal) && line.Contains("cannot reach Slack", StringComparison.Ordinal));

        await bot.TerminateAsync();
        Assert.Equal(0, await bot.ExitCodeAsync());
        var lines = bot.ErrorLines;
        Assert.True(lines.Count > 10, string.Join('\n', lines));
        // Standard error carries the logs alone (the start's index rebuild, if any, shows no progress bar there).
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
        foreach (var secret in new[] { DiscordToken, "discord-token-never-logged", SlackBotToken, SlackAppToken, "slack-bot-secret", "slack-app-secret" })
            Assert.DoesNotContain(lines, line => line.Contains(secret, StringComparison.Ordinal));
    }
}
