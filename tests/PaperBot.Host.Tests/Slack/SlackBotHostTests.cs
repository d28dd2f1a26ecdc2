using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Digests;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Host.Scheduling;
using PaperBot.Slack.Fake;
using PaperBot.TestKit;
using Quartz;

namespace PaperBot.Host.Tests.Slack;

/// <summary>The real host with the real Slack clients against the fake workspace: hello, answer within the deadline,
/// rate by button and by reaction, deliver a DM digest exactly once across a crash.</summary>
public sealed class SlackBotHostTests : IAsyncLifetime
{
    private static readonly TimeSpan SlackDeadline = TimeSpan.FromSeconds(3);

    private readonly TempFolder folder = new();
    private SlackHost slack = null!;

    public async Task InitializeAsync() => slack = await SlackHost.StartFakesAsync();

    public async Task DisposeAsync()
    {
        await slack.DisposeAsync();
        folder.Dispose();
    }

    private UserRef Person => new(Platforms.Slack, slack.Team, SlackHost.User);

    /// <summary>Sends <c>/papers {text}</c> and returns the ack's delay and the first page of the reply, wherever it came.</summary>
    private async Task<(TimeSpan AckDelay, JsonObject Reply)> CommandAsync(FakeSocket socket, string text, string channel = SlackHost.Channel)
    {
        var id = SlackHost.NextId("env");
        var sent = await socket.SendEnvelopeAsync(id, "slash_commands", slack.Slash(text, slack.Responses.Url(id), channel), acceptsResponsePayload: true);
        var ack = await slack.Fake.WaitForAckAsync(id, Waiting.Patience);
        var reply = ack.Payload as JsonObject ?? await slack.Responses.WaitForAsync(id, Waiting.Patience);
        return (ack.At - sent, reply);
    }

    [Fact]
    public async Task It_says_hello_answers_a_search_within_the_deadline_with_ephemeral_cards_and_a_click_rates_and_shows_the_vote()
    {
        using var host = slack.Build(folder.File("paperbot.db"));
        var socket = await slack.StartAsync(host, Waiting.Patience);
        Assert.Equal(1, slack.Fake.CallCount("auth.test"));

        var (delay, reply) = await CommandAsync(socket, "search spiking neural networks");

        Assert.InRange(delay, TimeSpan.Zero, SlackDeadline);
        Assert.Equal("ephemeral", reply["response_type"]!.GetValue<string>());
        var blocks = reply["blocks"]!.AsArray();
        var actions = blocks.Where(b => b!["type"]!.GetValue<string>() == "actions").ToList();
        Assert.InRange(actions.Count, 1, 8);
        Assert.Contains("spik", blocks.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrEmpty(reply["text"]!.GetValue<string>()));
        var up = actions[0]!["elements"]![0]!["action_id"]!.GetValue<string>();

        // A fast answer comes in the ack itself.
        var help = SlackHost.NextId("env");
        await socket.SendEnvelopeAsync(help, "slash_commands", slack.Slash("", slack.Responses.Url(help)), acceptsResponsePayload: true);
        var helpAck = await slack.Fake.WaitForAckAsync(help, Waiting.Patience);
        Assert.Contains("PaperBot commands", helpAck.Payload?["text"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("ephemeral", helpAck.Payload!["response_type"]!.GetValue<string>());
        Assert.Empty(slack.Responses.PostsTo(help));

        var click = SlackHost.NextId("click");
        await socket.SendEnvelopeAsync(click, "interactive", slack.Click(up, "1700000000.000900", slack.Responses.Url(click), ephemeral: true, blocks));
        var shown = await slack.Responses.WaitForAsync(click, Waiting.Patience);

        Assert.True(shown["replace_original"]!.GetValue<bool>());
        var buttons = shown["blocks"]!.AsArray().First(b => b!["type"]!.GetValue<string>() == "actions")!["elements"]!.AsArray();
        Assert.Equal("primary", buttons[0]!["style"]!.GetValue<string>());
        Assert.Null(buttons[1]!["style"]);
        var rating = Assert.Single(await host.Services.GetRequiredService<IRatingStore>().ForUserAsync(Person));
        Assert.Equal((Thumb.Up, RatingSources.Button), (rating.Thumb, rating.Source));

        // On a shared message the vote is confirmed to the clicker alone.
        var down = actions[0]!["elements"]![1]!["action_id"]!.GetValue<string>();
        var shared = SlackHost.NextId("click");
        await socket.SendEnvelopeAsync(shared, "interactive", slack.Click(down, "1700000000.000901", slack.Responses.Url(shared), ephemeral: false));
        var confirmed = await slack.Responses.WaitForAsync(shared, Waiting.Patience);
        Assert.Equal(("ephemeral", false), (confirmed["response_type"]!.GetValue<string>(), confirmed["replace_original"]!.GetValue<bool>()));
        Assert.Equal(Thumb.Down, Assert.Single(await host.Services.GetRequiredService<IRatingStore>().ForUserAsync(Person)).Thumb);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_dm_digest_arrives_exactly_once_across_a_crash_with_its_answer_lost_and_its_reactions_rate_and_withdraw()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        var database = folder.File("paperbot.db");
        var dm = "D" + SlackHost.User;
        using (var host = slack.Build(database, services => services.AddSingleton<TimeProvider>(time)))
        {
            var socket = await slack.StartAsync(host, Waiting.Patience);
            var (_, reply) = await CommandAsync(socket, "subscribe size:3", channel: dm);
            Assert.DoesNotContain("Only members", reply.ToJsonString(), StringComparison.Ordinal);
            var subscription = await host.Services.GetRequiredService<ISubscriptionStore>().FindAsync(DigestTarget.Direct(Person).Key);
            Assert.NotNull(subscription);
            // The person's time zone from users.info is their digest's default.
            Assert.Equal("Europe/London", subscription.Schedule.TimeZoneId);
            Assert.Equal(DigestTarget.Direct(Person, dm), subscription.Target);

            // The first message reaches Slack, but its answer is lost; then the process dies.
            slack.Fake.FailNext("chat.postMessage", FakeSlackFailure.DropAnswer);
            time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 8, 0, 20, TimeSpan.Zero));
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            await scheduler.TriggerJob(DigestDispatchJob.Key);
            await Waiting.UntilAsync(() => slack.Fake.Channels.TryGetValue(dm, out var c) && c.Messages.Count >= 1, "the digest to start");
        }

        using (var restarted = slack.Build(database, services => services.AddSingleton<TimeProvider>(time)))
        {
            var socket = await slack.StartAsync(restarted, Waiting.Patience);
            time.Advance(TimeSpan.FromMinutes(10));
            var scheduler = await restarted.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            await scheduler.TriggerJob(DigestDispatchJob.Key);
            var channel = slack.Fake.Channels[dm];
            await Waiting.UntilAsync(() => channel.Messages.Count >= 4, "the whole digest");
            await Task.Delay(500);

            var messages = channel.Messages.ToList();
            Assert.Equal(4, messages.Count);
            Assert.StartsWith("📚 PaperBot digest", messages[0].Text, StringComparison.Ordinal);
            Assert.Equal(4, messages.Select(m => m.Metadata!["event_payload"]!["key"]!.GetValue<string>()).Distinct().Count());
            Assert.True(slack.Fake.CallCount("conversations.history") >= 1);
            var card = messages[1];
            Assert.Contains(card.Blocks!.AsArray(), b => b!["type"]!.GetValue<string>() == "actions");

            var ratings = restarted.Services.GetRequiredService<IRatingStore>();
            // The bot's own reaction is ignored; the person's 👍 with a skin tone rates; taking it back withdraws it.
            await socket.SendEnvelopeAsync(SlackHost.NextId("env"), "events_api", slack.Reaction(true, dm, card.Ts, "+1", user: slack.Fake.Options.BotUserId));
            await socket.SendEnvelopeAsync(SlackHost.NextId("env"), "events_api", slack.Reaction(true, dm, card.Ts, "+1::skin-tone-2"));
            await Waiting.UntilAsync(async () => (await ratings.ForUserAsync(Person)).Count == 1, "the reaction's rating");
            var rating = Assert.Single(await ratings.ForUserAsync(Person));
            Assert.Equal((Thumb.Up, RatingSources.Reaction), (rating.Thumb, rating.Source));
            Assert.Empty(await ratings.ForUserAsync(new UserRef(Platforms.Slack, slack.Team, slack.Fake.Options.BotUserId)));
            await socket.SendEnvelopeAsync(SlackHost.NextId("env"), "events_api", slack.Reaction(false, dm, card.Ts, "+1::skin-tone-2"));
            await Waiting.UntilAsync(async () => (await ratings.ForUserAsync(Person)).Count == 0, "the withdrawal");
            await restarted.StopAsync();
        }
    }

    [Fact]
    public void Discord_and_slack_run_in_one_process_when_both_are_configured()
    {
        using var host = slack.Build(folder.File("paperbot.db"), extra: new Dictionary<string, string?>
        {
            ["Discord:Token"] = "test-bot-token",
            ["Discord:ApplicationId"] = "1100000000000000002",
        });
        var platforms = host.Services.GetRequiredService<DigestDelivery>().Platforms;
        Assert.Equal([Platforms.Discord, Platforms.Slack], platforms.Order(StringComparer.Ordinal));
        Assert.Equal(2, host.Services.GetServices<IHostedService>().Count(s => s.GetType().Name is "DiscordBot" or "SlackBot"));
    }
}
