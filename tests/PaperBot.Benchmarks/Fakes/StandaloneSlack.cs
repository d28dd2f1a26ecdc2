using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PaperBot.Slack.Fake;

namespace PaperBot.Benchmarks.Fakes;

/// <summary><c>fake-slack --port P</c>: the fake Slack workspace (Web API, Socket Mode, response_url) as a process of
/// its own, on a port of its own, driven through <c>http://127.0.0.1:P/_fake/...</c>.</summary>
public static class StandaloneSlack
{
    public static async Task<int> RunAsync(BenchArguments arguments, CancellationToken cancellationToken)
    {
        var port = arguments.Number("port", 5600);
        arguments.EnsureAllRead();
        await using var slack = await FakeSlack.StartAsync(cancellationToken: cancellationToken);
        var app = ControlApi.Create(port);
        Map(app, slack);
        return await ControlApi.ServeAsync(app, () => new JsonObject
        {
            ["apiBaseUrl"] = slack.ApiBaseUrl.ToString(),
            ["botToken"] = slack.Options.BotToken,
            ["appToken"] = slack.Options.AppToken,
            ["teamId"] = slack.Options.TeamId,
            ["botUserId"] = slack.Options.BotUserId,
            ["responseUrlBase"] = slack.Responses.Url("").ToString(),
        }, cancellationToken);
    }

    private static void Map(WebApplication app, FakeSlack slack)
    {
        app.MapGet("/_fake/status", () => ControlApi.Json(new JsonObject
        {
            ["sockets"] = slack.Sockets.Count,
            ["openSockets"] = slack.OpenSockets,
            ["connectionsOpened"] = slack.CallCount("apps.connections.open"),
        }));
        // {"id":"U1","realName":"Ada","tz":"Europe/London","tzOffset":0,"isAdmin":false}
        app.MapPost("/_fake/user", async (HttpContext context) =>
        {
            var body = await ControlApi.BodyAsync(context);
            slack.AddUser(new FakeUser(
                body["id"]!.GetValue<string>(),
                body["realName"]?.GetValue<string>() ?? "Reader",
                body["tz"]?.GetValue<string>() ?? "Europe/London",
                body["tzOffset"]?.GetValue<int>() ?? 0,
                IsAdmin: body["isAdmin"]?.GetValue<bool>() ?? false));
            return Results.NoContent();
        });
        // {"id":"C1","creator":"U1"}
        app.MapPost("/_fake/channel", async (HttpContext context) =>
        {
            var body = await ControlApi.BodyAsync(context);
            slack.AddChannel(body["id"]!.GetValue<string>(), body["creator"]?.GetValue<string>());
            return Results.NoContent();
        });
        app.MapGet("/_fake/messages", (string channel) => ControlApi.Json(slack.Channels.TryGetValue(channel, out var c)
            ? new JsonArray([.. Messages(c).Select(m => (JsonNode)new JsonObject
            {
                ["ts"] = m.Ts,
                ["text"] = m.Text,
                ["blocks"] = m.Blocks?.DeepClone(),
                ["metadata"] = m.Metadata?.DeepClone(),
            })])
            : new JsonArray()));
        app.MapGet("/_fake/responses/{name}", (string name) => ControlApi.Json(new JsonArray([.. slack.Responses.PostsTo(name).Select(p => (JsonNode)p.DeepClone())])));
        // The bodies are the envelopes' payloads; each call answers once the bot acked, with the ack and its delay.
        app.MapPost("/_fake/slash", (Func<HttpContext, Task<IResult>>)(context => SendAsync(context, slack, "slash_commands", acceptsResponsePayload: true)));
        app.MapPost("/_fake/button", (Func<HttpContext, Task<IResult>>)(context => SendAsync(context, slack, "interactive", acceptsResponsePayload: false)));
        app.MapPost("/_fake/reaction", (Func<HttpContext, Task<IResult>>)(context => SendAsync(context, slack, "events_api", acceptsResponsePayload: false)));
        // {"method":"chat.postMessage","ms":4000}: from now on such calls are done at once, answered late.
        app.MapPost("/_fake/slow", async (HttpContext context) =>
        {
            var body = await ControlApi.BodyAsync(context);
            slack.DelayAnswers(body["method"]!.GetValue<string>(), TimeSpan.FromMilliseconds(body["ms"]!.GetValue<int>()));
            return Results.NoContent();
        });
    }

    private static async Task<IResult> SendAsync(HttpContext context, FakeSlack slack, string type, bool acceptsResponsePayload)
    {
        var payload = await ControlApi.BodyAsync(context);
        FakeSocket? Open() => slack.Sockets.LastOrDefault(s => s.ClosedBy is null);
        await Until.TrueAsync(() => Open() is not null, "an open socket", ControlApi.Patience, context.RequestAborted);
        var envelopeId = Guid.NewGuid().ToString();
        var sent = await Open()!.SendEnvelopeAsync(envelopeId, type, payload, acceptsResponsePayload);
        var ack = await slack.WaitForAckAsync(envelopeId, ControlApi.Patience);
        return ControlApi.Json(new JsonObject
        {
            ["envelopeId"] = envelopeId,
            ["ms"] = Math.Round((ack.At - sent).TotalMilliseconds),
            ["payload"] = ack.Payload?.DeepClone(),
        });
    }

    private static List<FakeMessage> Messages(FakeChannel channel)
    {
        lock (channel.Messages)
            return [.. channel.Messages];
    }
}
