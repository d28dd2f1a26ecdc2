using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PaperBot.Benchmarks.Fakes;

/// <summary>The small HTTP API on 127.0.0.1 through which a script drives a standalone fake (<c>/_fake/...</c>).</summary>
public static class ControlApi
{
    /// <summary>How long a control call waits for the bot (a callback, an ack, a ready session) before it gives up.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static WebApplication Create(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        return builder.Build();
    }

    public static async Task<JsonObject> BodyAsync(HttpContext context) =>
        await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject
        ?? throw new BadHttpRequestException("expected a JSON object");

    public static IResult Json(JsonNode node) => Results.Text(node.ToJsonString(), "application/json");

    /// <summary>Serves until Ctrl+C or SIGTERM, after printing <paramref name="info"/> as one JSON line on standard
    /// output, so that a script can wait for the fake and read its addresses.</summary>
    public static async Task<int> ServeAsync(WebApplication app, Func<JsonObject> info, CancellationToken cancellationToken)
    {
        app.MapGet("/_fake/info", () => Json(info()));
        await app.StartAsync(cancellationToken);
        Console.WriteLine(info().ToJsonString());
        // The app's lifetime ends on Ctrl+C and on SIGTERM (a script's kill).
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
