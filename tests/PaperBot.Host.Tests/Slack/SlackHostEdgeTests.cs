using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PaperBot.Core.Chat;
using PaperBot.TestKit;

namespace PaperBot.Host.Tests.Slack;

/// <summary>The host on Slack at its edges: a slow answer, a refused token, the channel-manager rule, another command.</summary>
public sealed class SlackHostEdgeTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private SlackHost slack = null!;

    public async Task InitializeAsync() => slack = await SlackHost.StartFakesAsync();

    public async Task DisposeAsync()
    {
        await slack.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_slow_answer_is_acked_empty_in_time_and_follows_page_by_page_through_the_response_url()
    {
        using var host = slack.Build(folder.File("paperbot.db"), services => services.AddSingleton<ICommand, SlowCommand>());
        var socket = await slack.StartAsync(host, Waiting.Patience);
        var id = SlackHost.NextId("env");
        var sent = await socket.SendEnvelopeAsync(id, "slash_commands", slack.Slash("slow", slack.Responses.Url(id)), acceptsResponsePayload: true);

        var ack = await slack.Fake.WaitForAckAsync(id, Waiting.Patience);
        Assert.Null(ack.Payload);
        Assert.InRange(ack.At - sent, TimeSpan.Zero, TimeSpan.FromSeconds(3));
        await Waiting.UntilAsync(() => slack.Responses.PostsTo(id).Count >= 3, "three pages through the response_url");
        await Task.Delay(300);

        // 20 cards at 8 a message: three messages, every one ephemeral, the cards numbered across them.
        var posts = slack.Responses.PostsTo(id);
        Assert.Equal(3, posts.Count);
        Assert.All(posts, p => Assert.Equal("ephemeral", p["response_type"]!.GetValue<string>()));
        Assert.Equal([8, 8, 4], posts.Select(p => p["blocks"]!.AsArray().Count(b => b!["type"]!.GetValue<string>() == "actions")));
        var labels = posts[2]["blocks"]!.AsArray().Where(b => b!["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b!["elements"]!.AsArray()).Select(e => e!["text"]!["text"]!.GetValue<string>());
        Assert.Contains("👍 20", labels);
    }

    [Fact]
    public async Task A_refused_bot_token_logs_one_clear_line_backs_off_and_never_logs_a_token()
    {
        var logs = new ListLogger();
        using var host = slack.Build(folder.File("paperbot.db"), services => services.AddSingleton<ILoggerProvider>(logs),
            extra: new Dictionary<string, string?> { ["Slack:BotToken"] = "xoxb-revoked-secret-token" });
        await host.StartAsync();
        await Waiting.UntilAsync(() => logs.Lines.Any(l => l.Message.Contains("Slack refused the bot token", StringComparison.Ordinal)), "the refused token to be logged");
        await Task.Delay(500);

        var refused = Assert.Single(logs.Lines, l => l.Level >= LogLevel.Warning && l.Message.Contains("invalid_auth", StringComparison.Ordinal));
        Assert.Contains("Slack refused the bot token", refused.Message, StringComparison.Ordinal);
        Assert.Equal(LogLevel.Error, refused.Level);
        Assert.Contains("invalid_auth", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, slack.Fake.CallCount("auth.test"));
        Assert.Empty(slack.Fake.Sockets);
        await host.StopAsync();
        Assert.DoesNotContain(logs.Lines, l => l.Message.Contains("xoxb-revoked-secret-token", StringComparison.Ordinal) || l.Message.Contains(slack.Fake.Options.AppToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_admins_and_the_channels_creator_may_subscribe_a_channel_and_other_commands_are_left_alone()
    {
        slack.Fake.AddUser(new PaperBot.Slack.Fake.FakeUser("U999", "Creator"));
        slack.Fake.AddUser(new PaperBot.Slack.Fake.FakeUser("U1", "Admin", IsAdmin: true));
        using var host = slack.Build(folder.File("paperbot.db"));
        var socket = await slack.StartAsync(host, Waiting.Patience);

        Assert.Contains("Only members who can manage", await ReplyTextAsync(socket, "subscribe size:3", SlackHost.User), StringComparison.Ordinal);
        Assert.DoesNotContain("Only members", await ReplyTextAsync(socket, "subscribe size:3", "U999"), StringComparison.Ordinal);
        Assert.DoesNotContain("Only members", await ReplyTextAsync(socket, "unsubscribe", "U1"), StringComparison.Ordinal);

        var other = SlackHost.NextId("env");
        var payload = slack.Slash("search x", slack.Responses.Url(other));
        payload["command"] = "/weather";
        await socket.SendEnvelopeAsync(other, "slash_commands", payload, acceptsResponsePayload: true);
        Assert.Null((await slack.Fake.WaitForAckAsync(other, Waiting.Patience)).Payload);
        await Task.Delay(200);
        Assert.Empty(slack.Responses.PostsTo(other));
        await host.StopAsync();
    }

    private async Task<string> ReplyTextAsync(PaperBot.Slack.Fake.FakeSocket socket, string text, string user)
    {
        var id = SlackHost.NextId("env");
        await socket.SendEnvelopeAsync(id, "slash_commands", slack.Slash(text, slack.Responses.Url(id), user: user), acceptsResponsePayload: true);
        var ack = await slack.Fake.WaitForAckAsync(id, Waiting.Patience);
        return (ack.Payload ?? await slack.Responses.WaitForAsync(id, Waiting.Patience)).ToJsonString();
    }
}
