using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PaperBot.Discord.Fake.Rest;

public sealed partial class FakeDiscordRest
{
    private FakeAnswer Route(string method, string[] segments, FakeRequest request, IQueryCollection query)
    {
        var body = request.Json as JsonObject;
        return (method, segments) switch
        {
            ("GET", ["gateway", "bot"]) => new(200, GatewayBot()),
            ("GET", ["users", "@me"]) => new(200, BotUser()),
            ("GET", ["applications", "@me"]) => new(200, new JsonObject
            {
                ["id"] = Id(Options.ApplicationId), ["name"] = "PaperBot", ["bot"] = BotUser(),
            }),
            ("POST", ["users", "@me", "channels"]) => OpenDm(body),
            ("POST", ["channels", var channel, "messages"]) => PostMessage(Snowflake(channel), body),
            ("GET", ["channels", var channel, "messages"]) => ReadMessages(Snowflake(channel), query),
            ("PUT", ["channels", var channel, "messages", var message, "reactions", _, "@me"]) =>
                React(Snowflake(channel), Snowflake(message), Segments(request.RawTarget.Split('?')[0])[5]),
            ("GET", ["applications", var app, "commands"]) => ReadCommands(CommandScope(app, null)),
            ("GET", ["applications", var app, "guilds", var guild, "commands"]) => ReadCommands(CommandScope(app, guild)),
            ("PUT", ["applications", var app, "commands"]) => OverwriteCommands(CommandScope(app, null), request.Json),
            ("PUT", ["applications", var app, "guilds", var guild, "commands"]) => OverwriteCommands(CommandScope(app, guild), request.Json),
            ("POST", ["interactions", var id, var token, "callback"]) => Callback(Snowflake(id), token, body),
            ("PATCH", ["webhooks", var app, var token, "messages", "@original"]) => WebhookMessage(Snowflake(app), token, body, isFollowup: false),
            ("POST", ["webhooks", var app, var token]) => WebhookMessage(Snowflake(app), token, body, isFollowup: true),
            _ => FakeAnswer.Error(404, 0, "404: Not Found"),
        };
    }

    private JsonObject GatewayBot() => new()
    {
        ["url"] = Options.GatewayUrl,
        ["shards"] = 1,
        ["session_start_limit"] = new JsonObject
        {
            ["total"] = 1000, ["remaining"] = 999, ["reset_after"] = 14_400_000, ["max_concurrency"] = 1,
        },
    };

    private JsonObject BotUser() => new() { ["id"] = Id(Options.BotUserId), ["username"] = "PaperBot", ["bot"] = true };

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Ids in paths that are not numbers (or overflow) match no resource, like on Discord.</summary>
    private static ulong Snowflake(string text) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;

    private static FakeAnswer InvalidForm(string problem) =>
        FakeAnswer.Error(400, 50035, "Invalid Form Body", new JsonObject { ["_errors"] = new JsonArray(problem) });

    private static FakeAnswer UnknownChannel() => FakeAnswer.Error(404, 10003, "Unknown Channel");

    private static FakeAnswer UnknownInteraction() => FakeAnswer.Error(404, 10062, "Unknown interaction");
}
