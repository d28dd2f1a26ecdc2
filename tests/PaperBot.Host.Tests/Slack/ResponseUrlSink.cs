using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PaperBot.Host.Tests.Slack;

/// <summary>Stands in for Slack's response_url endpoints on 127.0.0.1: records what the bot posts to each and answers "ok", as Slack does.</summary>
public sealed class ResponseUrlSink : IAsyncDisposable
{
    private readonly List<(string Name, JsonObject Body)> posts = [];
    private WebApplication app = null!;
    private Uri baseAddress = null!;

    public static async Task<ResponseUrlSink> StartAsync()
    {
        var sink = new ResponseUrlSink();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        sink.app = builder.Build();
        sink.app.MapPost("/respond/{name}", async (HttpContext context, string name) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];
            lock (sink.posts)
                sink.posts.Add((name, body));
            return Results.Text("ok");
        });
        await sink.app.StartAsync();
        sink.baseAddress = new Uri(sink.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return sink;
    }

    public Uri Url(string name) => new(baseAddress, $"/respond/{name}");

    public IReadOnlyList<JsonObject> PostsTo(string name)
    {
        lock (posts)
            return posts.Where(p => p.Name == name).Select(p => p.Body).ToList();
    }

    public async Task<JsonObject> WaitForAsync(string name, TimeSpan timeout)
    {
        await Waiting.UntilAsync(() => PostsTo(name).Count > 0, $"a post to response_url {name}", timeout);
        return PostsTo(name)[0];
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
