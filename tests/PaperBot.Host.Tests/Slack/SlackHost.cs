using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Host.Hosting;
using PaperBot.Ingestion.Feeds;
using PaperBot.Slack.Fake;

namespace PaperBot.Host.Tests.Slack;

/// <summary>The bot as <c>paperbot run</c> builds it with Slack's two tokens, against the fake Slack workspace on
/// 127.0.0.1 (the socket URL comes from the fake's apps.connections.open, as in production), with its response_url
/// endpoints.</summary>
public sealed class SlackHost : IAsyncDisposable
{
    public const string User = "U700";
    public const string Channel = "C600";
    public const string SigningSecret = "test-signing-secret";

    private static long ids;

    private SlackHost(FakeSlack fake) => Fake = fake;

    public FakeSlack Fake { get; }

    public FakeResponseUrls Responses => Fake.Responses;

    public string Team => Fake.Options.TeamId;

    public static async Task<SlackHost> StartFakesAsync()
    {
        var fake = await FakeSlack.StartAsync();
        fake.AddUser(new FakeUser(User, "Ada Lovelace", "Europe/London", 0));
        fake.AddChannel(Channel, creator: "U999");
        return new SlackHost(fake);
    }

    /// <summary>A bot host on <paramref name="database"/>, its Slack options pointing at the fake.</summary>
    public IHost Build(string database, Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = Fake.Options.BotToken,
            ["Slack:AppToken"] = Fake.Options.AppToken,
            ["Slack:ApiBaseUrl"] = Fake.ApiBaseUrl.ToString(),
            ["Slack:InFlightWindow"] = "00:00:01",
            ["Feeds:ArxivEnabled"] = "false",
            ["Feeds:HuggingFaceEnabled"] = "false",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            settings[key] = value;
        return PaperBotHost.Build(new HostSettings(database, Interactive: true, settings), services =>
        {
            services.PostConfigure<FeedOptions>(o => (o.ArxivEnabled, o.HuggingFaceEnabled) = (false, false));
            configure?.Invoke(services);
        });
    }

    /// <summary>A bot host in HTTP mode on <paramref name="database"/>: the bot token and <see cref="SigningSecret"/>, no
    /// app token, Slack's requests arriving at the listener on <paramref name="url"/>.</summary>
    public IHost BuildHttp(string database, string url, Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["Slack:AppToken"] = "", ["Slack:SigningSecret"] = SigningSecret, ["Http:Urls"] = url };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            settings[key] = value;
        return Build(database, configure, settings);
    }

    /// <summary>Slack posting signed requests to the request URL of a host on <paramref name="url"/>, at <paramref name="time"/>'s now.</summary>
    public static SlackRequestSender Requests(HttpClient http, string url, TimeProvider? time = null) =>
        new(http, new Uri(new Uri(url), "/slack/events"), SigningSecret, time);

    /// <summary>Starts the host and returns the socket it opened (hello already sent).</summary>
    public async Task<FakeSocket> StartAsync(IHost host, TimeSpan patience)
    {
        var next = Fake.Sockets.Count;
        await host.StartAsync();
        return await Fake.WaitForSocketAsync(next, patience);
    }

    public static string NextId(string prefix) => $"{prefix}-{Interlocked.Increment(ref ids)}";

    /// <summary>A slash_commands payload for <c>/papers {text}</c>, in a channel or (channel D…) a DM.</summary>
    public JsonObject Slash(string text, Uri responseUrl, string channel = Channel, string user = User) => new()
    {
        ["token"] = "deprecated",
        ["team_id"] = Team,
        ["team_domain"] = "fake",
        ["channel_id"] = channel,
        ["channel_name"] = channel.StartsWith('D') ? "directmessage" : "paper-club",
        ["user_id"] = user,
        ["user_name"] = "ada",
        ["command"] = "/papers",
        ["text"] = text,
        ["api_app_id"] = "A0FAKE",
        ["response_url"] = responseUrl.ToString(),
        ["trigger_id"] = NextId("trigger"),
    };

    /// <summary>A block_actions payload: <paramref name="actionId"/> clicked on the message <paramref name="ts"/>.</summary>
    public JsonObject Click(string actionId, string ts, Uri responseUrl, bool ephemeral, JsonArray? blocks = null, string channel = Channel, string user = User)
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = user, ["username"] = "ada", ["name"] = "ada", ["team_id"] = Team },
            ["api_app_id"] = "A0FAKE",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = ts, ["channel_id"] = channel, ["is_ephemeral"] = ephemeral },
            ["trigger_id"] = NextId("trigger"),
            ["team"] = new JsonObject { ["id"] = Team, ["domain"] = "fake" },
            ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "paper-club" },
            ["response_url"] = responseUrl.ToString(),
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = actionId, ["block_id"] = "b1", ["value"] = actionId, ["type"] = "button", ["action_ts"] = "1700000001.000001" }),
        };
        if (blocks is not null)
            payload["message"] = new JsonObject { ["type"] = "message", ["ts"] = ts, ["text"] = "cards", ["blocks"] = blocks.DeepClone() };
        return payload;
    }

    /// <summary>An events_api event_callback of a reaction_added or _removed on a message.</summary>
    public JsonObject Reaction(bool added, string channel, string ts, string reaction, string user = User) => new()
    {
        ["token"] = "deprecated",
        ["team_id"] = Team,
        ["api_app_id"] = "A0FAKE",
        ["event"] = new JsonObject
        {
            ["type"] = added ? "reaction_added" : "reaction_removed",
            ["user"] = user,
            ["item"] = new JsonObject { ["type"] = "message", ["channel"] = channel, ["ts"] = ts },
            ["reaction"] = reaction,
            ["item_user"] = Fake.Options.BotUserId,
            ["event_ts"] = "1700000002.000001",
        },
        ["type"] = "event_callback",
        ["event_id"] = NextId("Ev"),
        ["event_time"] = 1_700_000_002,
    };

    public ValueTask DisposeAsync() => Fake.DisposeAsync();
}
