using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Digests;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Host.Scheduling;
using PaperBot.Slack.Fake;
using PaperBot.TestKit;
using Quartz;

namespace PaperBot.Host.Tests.Slack;

/// <summary>Slack in HTTP mode through the host's real listener on 127.0.0.1, the fake Web API taking what the bot
/// sends: every request verified, the handshake answered, commands, clicks and reactions handled by the Socket Mode
/// path's handlers, Slack's retries of an event taken once.</summary>
public sealed class SlackHttpHostTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private readonly HttpClient http = new();
    private readonly ListLogger logs = new();
    private readonly string url = LocalUrls.Free();
    private SlackHost slack = null!;

    public async Task InitializeAsync() => slack = await SlackHost.StartFakesAsync();

    public async Task DisposeAsync()
    {
        http.Dispose();
        await slack.DisposeAsync();
        folder.Dispose();
    }

    private UserRef Person => new(Platforms.Slack, slack.Team, SlackHost.User);

    private async Task<IHost> StartAsync(TimeProvider? time = null, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var host = slack.BuildHttp(folder.File("paperbot.db"), url, services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            if (time is not null)
                services.AddSingleton(time);
        }, extra);
        await host.StartAsync();
        return host;
    }

    private static async Task<JsonObject> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject)!;
    }

    [Fact]
    public async Task The_handshake_is_answered_and_unsigned_stale_tampered_or_malformed_requests_are_refused_with_a_log_line_storing_nothing()
    {
        using var host = await StartAsync();
        var requests = SlackHost.Requests(http, url);
        Assert.Empty(slack.Fake.Sockets);

        var handshake = (JsonObject)JsonNode.Parse("""{"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""")!;
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", (await JsonAsync(await requests.PostEventAsync(handshake)))["challenge"]!.GetValue<string>());

        var click = Encoding.UTF8.GetBytes("payload=" + Uri.EscapeDataString(slack.Click("pb1:rate:2305.00001:up", "1700000000.000100", slack.Responses.Url("x"), ephemeral: true).ToJsonString()));
        var stale = (long.Parse(requests.Now, System.Globalization.CultureInfo.InvariantCulture) - 301).ToString(System.Globalization.CultureInfo.InvariantCulture);
        HttpStatusCode[] refused =
        [
            (await requests.PostAsync(click, SlackRequestSender.FormType, r => r.Headers.Remove("X-Slack-Signature"))).StatusCode,
            (await requests.PostAsync(click, SlackRequestSender.FormType, r => r.Headers.Remove("X-Slack-Request-Timestamp"))).StatusCode,
            (await requests.PostAsync(click, SlackRequestSender.FormType, null, timestamp: stale)).StatusCode,
            (await requests.PostAsync(click, SlackRequestSender.FormType, r => r.Content = new ByteArrayContent([.. click, (byte)'x']) { Headers = { ContentType = new("application/x-www-form-urlencoded") } })).StatusCode,
        ];
        Assert.All(refused, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        var malformed = await requests.PostAsync("payload=%7B%22type"u8.ToArray(), SlackRequestSender.FormType, null);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("1", Assert.Single(malformed.Headers.GetValues("X-Slack-No-Retry")));

        Assert.Equal(4, logs.Lines.Count(l => l.Level == LogLevel.Warning && l.Message.Contains("refused with 401", StringComparison.Ordinal)));
        Assert.Contains(logs.Lines, l => l.Message.Contains("refused with 400: the interaction's payload field is not a JSON object", StringComparison.Ordinal));
        Assert.Empty(await host.Services.GetRequiredService<IRatingStore>().ForUserAsync(Person));
        Assert.Empty(slack.Responses.PostsTo("x"));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_slash_command_answers_with_ephemeral_cards_in_the_response_and_a_button_click_rates_and_shows_the_vote()
    {
        using var host = await StartAsync();
        var requests = SlackHost.Requests(http, url);

        var started = TimeProvider.System.GetTimestamp();
        var reply = await JsonAsync(await requests.PostSlashAsync(slack.Slash("search spiking neural networks", slack.Responses.Url("search"))));
        Assert.InRange(TimeProvider.System.GetElapsedTime(started), TimeSpan.Zero, TimeSpan.FromSeconds(3));

        Assert.Equal("ephemeral", reply["response_type"]!.GetValue<string>());
        var blocks = reply["blocks"]!.AsArray();
        Assert.Contains("spik", blocks.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        var actions = blocks.Where(b => b!["type"]!.GetValue<string>() == "actions").ToList();
        Assert.NotEmpty(actions);
        Assert.Empty(slack.Responses.PostsTo("search"));

        var up = actions[0]!["elements"]![0]!["action_id"]!.GetValue<string>();
        var clicked = await requests.PostInteractionAsync(slack.Click(up, "1700000000.000900", slack.Responses.Url("click"), ephemeral: true, blocks));
        Assert.Equal(HttpStatusCode.OK, clicked.StatusCode);
        var shown = await slack.Responses.WaitForAsync("click", Waiting.Patience);

        Assert.True(shown["replace_original"]!.GetValue<bool>());
        var rating = Assert.Single(await host.Services.GetRequiredService<IRatingStore>().ForUserAsync(Person));
        Assert.Equal((Thumb.Up, RatingSources.Button), (rating.Thumb, rating.Source));
        await host.StopAsync();
    }

    [Fact]
    public async Task Help_names_the_configured_command()
    {
        using var host = await StartAsync(extra: new Dictionary<string, string?> { ["Slack:CommandName"] = "/lit" });
        var requests = SlackHost.Requests(http, url);
        var command = slack.Slash("help", slack.Responses.Url("help"));
        command["command"] = "/lit";

        var help = (await JsonAsync(await requests.PostSlashAsync(command)))["text"]!.GetValue<string>();

        Assert.Contains("/lit search", help, StringComparison.Ordinal);
        Assert.Contains("/lit subscribe", help, StringComparison.Ordinal);
        Assert.DoesNotContain("/papers", help, StringComparison.Ordinal);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_reaction_on_a_digest_card_rates_and_a_retry_of_an_event_already_taken_is_dropped()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        using var host = await StartAsync(time);
        // Signed on the app's clock, as its verifier checks.
        var requests = SlackHost.Requests(http, url, time);
        var dm = "D" + SlackHost.User;
        var subscribed = await JsonAsync(await requests.PostSlashAsync(slack.Slash("subscribe size:3", slack.Responses.Url("subscribe"), channel: dm)));
        Assert.Contains("Subscribed", subscribed["text"]!.GetValue<string>(), StringComparison.Ordinal);

        time.SetUtcNow(new DateTimeOffset(2026, 11, 24, 8, 0, 20, TimeSpan.Zero));
        await (await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).TriggerJob(DigestDispatchJob.Key);
        await Waiting.UntilAsync(() => slack.Fake.Channels.TryGetValue(dm, out var c) && c.Messages.Count >= 4, "the digest");
        var card = slack.Fake.Channels[dm].Messages[1];

        var ratings = host.Services.GetRequiredService<IRatingStore>();
        var added = slack.Reaction(true, dm, card.Ts, "+1::skin-tone-3");
        Assert.Equal(HttpStatusCode.OK, (await requests.PostEventAsync(added)).StatusCode);
        await Waiting.UntilAsync(async () => (await ratings.ForUserAsync(Person)).Count == 1, "the reaction's rating");
        Assert.Equal((Thumb.Up, RatingSources.Reaction), ((await ratings.ForUserAsync(Person))[0].Thumb, (await ratings.ForUserAsync(Person))[0].Source));

        Assert.Equal(HttpStatusCode.OK, (await requests.PostEventAsync(slack.Reaction(false, dm, card.Ts, "+1::skin-tone-3"))).StatusCode);
        await Waiting.UntilAsync(async () => (await ratings.ForUserAsync(Person)).Count == 0, "the withdrawal");

        // Slack retries the first event (its ack looked late): the same event_id, answered 200 and not rated again.
        Assert.Equal(HttpStatusCode.OK, (await requests.PostEventAsync(added, retry: 1)).StatusCode);
        var eventId = added["event_id"]!.GetValue<string>();
        Assert.Single(logs.Lines, l => l.Message.Contains($"event {eventId} dropped, already taken (retry 1, http_timeout)", StringComparison.Ordinal));
        Assert.Empty(await ratings.ForUserAsync(Person));
        await host.StopAsync();
    }

    [Fact]
    public void Http_mode_without_a_listener_stops_at_start_naming_the_setting()
    {
        using var host = slack.BuildHttp(folder.File("paperbot.db"), url: "");
        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<PaperBot.Host.Http.HttpOptions>>().Value);
        Assert.Contains("needs the listener (Http:Enabled or Http:Urls)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s.GetType().Name == "HttpListenerService");
    }
}
