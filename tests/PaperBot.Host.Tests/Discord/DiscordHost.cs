using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Discord.Fake.Gateway;
using PaperBot.Discord.Fake.Rest;
using PaperBot.Host.Hosting;
using PaperBot.Ingestion.Feeds;

namespace PaperBot.Host.Tests.Discord;

/// <summary>The bot as <c>paperbot run</c> builds it with a Discord token, against a local fake Gateway and fake REST
/// API on 127.0.0.1 (the Gateway URL comes from the fake's <c>/gateway/bot</c>, as in production).</summary>
public sealed class DiscordHost : IAsyncDisposable
{
    public const string Token = "test-bot-token";

    private static long interactions;

    private DiscordHost(FakeDiscordGateway gateway, FakeDiscordRest rest)
    {
        Gateway = gateway;
        Rest = rest;
    }

    public FakeDiscordGateway Gateway { get; }

    public FakeDiscordRest Rest { get; }

    public string ApplicationId => Rest.Options.ApplicationId.ToString(CultureInfo.InvariantCulture);

    public string BotUserId => Rest.Options.BotUserId.ToString(CultureInfo.InvariantCulture);

    public static async Task<DiscordHost> StartFakesAsync(TimeSpan? nonceWindow = null)
    {
        var gateway = await FakeDiscordGateway.StartAsync(new FakeGatewayBehavior { HelloIntervalMs = 30_000, BotUserId = "1100000000000000001", ApplicationId = "1100000000000000002" });
        var rest = await FakeDiscordRest.StartAsync(new FakeDiscordRestOptions
        {
            RequiredToken = Token,
            GatewayUrl = gateway.GatewayUri.ToString(),
            NonceWindow = nonceWindow ?? TimeSpan.FromMinutes(5),
        }, CancellationToken.None);
        return new DiscordHost(gateway, rest);
    }

    /// <summary>A bot host on <paramref name="database"/>, its Discord options pointing at the fakes.</summary>
    public IHost Build(string database, Action<IServiceCollection>? configure = null, string? token = null, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(Settings);
        if (token is not null)
            settings["Discord:Token"] = token;
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
            settings[key] = value;
        return PaperBotHost.Build(new HostSettings(database, Interactive: true, settings), services =>
        {
            services.PostConfigure<FeedOptions>(o => (o.ArxivEnabled, o.HuggingFaceEnabled) = (false, false));
            configure?.Invoke(services);
        });
    }

    /// <summary>The settings that point a host at these fakes, for a host that runs another platform beside Discord.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Discord:Token"] = Token,
        ["Discord:ApplicationId"] = ApplicationId,
        ["Discord:ApiBaseUrl"] = Rest.BaseUrl,
        ["Discord:InFlightWindow"] = "00:00:01",
        ["Feeds:ArxivEnabled"] = "false",
        ["Feeds:HuggingFaceEnabled"] = "false",
    };

    /// <summary>Starts the host and returns the Gateway connection it opened, once its session is READY (events can be
    /// dispatched on it), as <see cref="Slack.SlackHost.StartAsync"/> does for Slack.</summary>
    public async Task<FakeGatewayConnection> StartAsync(IHost host, TimeSpan patience)
    {
        var next = Gateway.Connections.Count;
        await host.StartAsync();
        return await ReadyConnectionAsync(next, patience);
    }

    /// <summary>The <paramref name="index"/>th Gateway connection, once it identified and the fake sent READY.</summary>
    public async Task<FakeGatewayConnection> ReadyConnectionAsync(int index, TimeSpan patience)
    {
        var connection = await Gateway.WaitForConnectionAsync(index, patience);
        await connection.WaitForOpAsync(2, patience);
        await Waiting.UntilAsync(() => connection.Session is not null, "READY on the Gateway", patience);
        return connection;
    }

    /// <summary>An INTERACTION_CREATE for <c>/papers &lt;subcommand&gt;</c> with its options, in a guild channel or (with no guild) a DM.</summary>
    public static string Command(string token, string subcommand, IReadOnlyDictionary<string, object>? options = null, string? guild = "500", string channel = "600",
        string user = "700", string permissions = "0") =>
        Interaction(token, 2, new JsonObject
        {
            ["id"] = "900",
            ["name"] = "papers",
            ["type"] = 1,
            ["options"] = new JsonArray(new JsonObject
            {
                ["type"] = 1,
                ["name"] = subcommand,
                ["options"] = new JsonArray([.. (options ?? new Dictionary<string, object>()).Select(o => (JsonNode)new JsonObject
                {
                    ["name"] = o.Key,
                    ["type"] = o.Value is int ? 4 : 3,
                    ["value"] = JsonValue.Create(o.Value),
                })]),
            }),
        }, guild, channel, user, permissions);

    /// <summary>A button click on a message (ephemeral when <paramref name="messageFlags"/> is 64).</summary>
    public static string Click(string token, string customId, string messageId, JsonArray? components = null, int messageFlags = 0, string? guild = "500",
        string channel = "600", string user = "700") =>
        Interaction(token, 3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, guild, channel, user, "0",
            new JsonObject { ["id"] = messageId, ["channel_id"] = channel, ["flags"] = messageFlags, ["components"] = components ?? [] });

    private static string Interaction(string token, int type, JsonObject data, string? guild, string channel, string user, string permissions, JsonObject? message = null)
    {
        var person = new JsonObject { ["id"] = user, ["username"] = "ada", ["global_name"] = "Ada" };
        var interaction = new JsonObject
        {
            ["id"] = (1_200_000_000_000_000_000UL + (ulong)Interlocked.Increment(ref interactions)).ToString(CultureInfo.InvariantCulture),
            ["application_id"] = "1100000000000000002",
            ["type"] = type,
            ["token"] = token,
            ["version"] = 1,
            ["channel_id"] = channel,
            ["data"] = data,
        };
        if (guild is not null)
        {
            interaction["guild_id"] = guild;
            interaction["member"] = new JsonObject { ["user"] = person, ["permissions"] = permissions };
        }
        else
        {
            interaction["user"] = person;
        }
        if (message is not null)
            interaction["message"] = message;
        return interaction.ToJsonString();
    }

    /// <summary>A MESSAGE_REACTION_ADD or _REMOVE by <paramref name="user"/>.</summary>
    public static string Reaction(string channel, string message, string emoji, string user = "700", string? guild = null)
    {
        var reaction = new JsonObject
        {
            ["user_id"] = user,
            ["channel_id"] = channel,
            ["message_id"] = message,
            ["emoji"] = new JsonObject { ["id"] = null, ["name"] = emoji },
            ["burst"] = false,
            ["type"] = 0,
        };
        if (guild is not null)
            reaction["guild_id"] = guild;
        return reaction.ToJsonString();
    }

    public async ValueTask DisposeAsync()
    {
        await Rest.DisposeAsync();
        await Gateway.DisposeAsync();
    }
}
