using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PaperBot.Discord.Fake.Gateway;
using PaperBot.Discord.Fake.Rest;

namespace PaperBot.Benchmarks.Fakes;

/// <summary><c>fake-discord --port P</c>: the fake Gateway and REST API as a process of their own, driven through
/// <c>http://127.0.0.1:P/_fake/...</c> (the Gateway is served on the same port, REST on a port of its own).</summary>
public static class StandaloneDiscord
{
    public const string Token = "fake-discord-token";

    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var port = arguments.Number("port", 5500);
        arguments.EnsureAllRead();
        var app = ControlApi.Create(port);
        var gateway = app.MapFakeGateway(new FakeDiscordGateway(new FakeGatewayBehavior
        {
            BotUserId = "1100000000000000001",
            ApplicationId = "1100000000000000002",
        }));
        gateway.BaseAddress = new Uri($"http://127.0.0.1:{port}");
        await using var rest = await FakeDiscordRest.StartAsync(new FakeDiscordRestOptions { RequiredToken = Token, GatewayUrl = gateway.GatewayUri.ToString() }, cancellationToken);
        Map(app, gateway, rest);
        return await ControlApi.ServeAsync(app, () => new JsonObject
        {
            ["apiBaseUrl"] = rest.BaseUrl,
            ["gatewayUrl"] = gateway.GatewayUri.ToString(),
            ["token"] = Token,
            ["applicationId"] = Id(rest.Options.ApplicationId),
            ["botUserId"] = Id(rest.Options.BotUserId),
        }, cancellationToken);
    }

    private static void Map(WebApplication app, FakeDiscordGateway gateway, FakeDiscordRest rest)
    {
        app.MapGet("/_fake/status", () => ControlApi.Json(new JsonObject
        {
            ["connections"] = gateway.Connections.Count,
            ["identifies"] = gateway.IdentifyCount,
            ["ready"] = gateway.Connections.Any(c => c.Session is not null && !c.Closed.IsCompleted),
        }));
        app.MapGet("/_fake/commands", () => ControlApi.Json(new JsonObject
        {
            ["overwrites"] = rest.CommandOverwriteCount(rest.Options.ApplicationId),
            ["commands"] = rest.Commands(rest.Options.ApplicationId),
        }));
        app.MapPost("/_fake/channel", () => ControlApi.Json(new JsonObject { ["id"] = Id(rest.CreateGuildChannel()) }));
        app.MapGet("/_fake/messages", (ulong channel) => ControlApi.Json(new JsonArray([.. rest.MessagesIn(channel).Select(m => (JsonNode)new JsonObject
        {
            ["id"] = Id(m.Id),
            ["content"] = m.Content,
            ["embeds"] = m.Embeds.DeepClone(),
            ["customIds"] = new JsonArray([.. m.CustomIds.Select(c => (JsonNode)c)]),
            ["nonce"] = m.Nonce,
        })])));
        app.MapGet("/_fake/interactions/{token}", (string token) => ControlApi.Json(new JsonObject
        {
            ["callbacks"] = new JsonArray([.. rest.CallbacksFor(token).Select(c => (JsonNode)new JsonObject { ["type"] = c.Type, ["data"] = c.Data?.DeepClone() })]),
            ["edits"] = new JsonArray([.. rest.OriginalEditsFor(token).Select(e => e.DeepClone())]),
            ["followups"] = new JsonArray([.. rest.FollowupsFor(token).Select(e => e.DeepClone())]),
        }));
        // A slash command or a button click: the body is INTERACTION_CREATE's d; answers once the bot called back.
        app.MapPost("/_fake/interaction", (Func<HttpContext, Task<IResult>>)(context => InteractAsync(context, gateway, rest)));
        app.MapPost("/_fake/button", (Func<HttpContext, Task<IResult>>)(context => InteractAsync(context, gateway, rest)));
        // The body is MESSAGE_REACTION_ADD's d; ?remove=true sends MESSAGE_REACTION_REMOVE.
        app.MapPost("/_fake/reaction", async (HttpContext context, bool? remove) =>
        {
            var body = await ControlApi.BodyAsync(context);
            var connection = await ReadyConnectionAsync(gateway, context.RequestAborted);
            var sequence = await connection.DispatchAsync(remove == true ? "MESSAGE_REACTION_REMOVE" : "MESSAGE_REACTION_ADD", body.ToJsonString(), context.RequestAborted);
            return ControlApi.Json(new JsonObject { ["sequence"] = sequence });
        });
        // {"route":"POST /channels/*/messages","ms":4000}: from now on such requests are done at once, answered late.
        app.MapPost("/_fake/slow", async (HttpContext context) =>
        {
            var body = await ControlApi.BodyAsync(context);
            rest.DelayAnswers(body["route"]!.GetValue<string>(), TimeSpan.FromMilliseconds(body["ms"]!.GetValue<int>()));
            return Results.NoContent();
        });
    }

    private static async Task<IResult> InteractAsync(HttpContext context, FakeDiscordGateway gateway, FakeDiscordRest rest)
    {
        var body = await ControlApi.BodyAsync(context);
        var token = body["token"]!.GetValue<string>();
        var connection = await ReadyConnectionAsync(gateway, context.RequestAborted);
        var started = Stopwatch.GetTimestamp();
        await connection.DispatchAsync("INTERACTION_CREATE", body.ToJsonString(), context.RequestAborted);
        await Until.TrueAsync(() => rest.CallbacksFor(token).Count > 0, "the interaction's callback", ControlApi.Patience, context.RequestAborted, everyMs: 5);
        return ControlApi.Json(new JsonObject
        {
            ["callbackType"] = rest.CallbacksFor(token)[0].Type,
            ["ms"] = Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds),
        });
    }

    /// <summary>The newest open Gateway connection with a session, waiting for the bot to (re)connect if needed.</summary>
    private static async Task<FakeGatewayConnection> ReadyConnectionAsync(FakeDiscordGateway gateway, CancellationToken cancellationToken)
    {
        FakeGatewayConnection? Ready() => gateway.Connections.LastOrDefault(c => c.Session is not null && !c.Closed.IsCompleted);
        await Until.TrueAsync(() => Ready() is not null, "a ready Gateway connection", ControlApi.Patience, cancellationToken);
        return Ready()!;
    }

    private static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);
}
