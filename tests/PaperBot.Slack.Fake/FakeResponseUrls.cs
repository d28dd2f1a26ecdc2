using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PaperBot.TestKit;

namespace PaperBot.Slack.Fake;

/// <summary>Slack's response_url endpoints, served by the fake under <c>/respond/{name}</c>: records what the bot posts
/// to each and answers "ok", as Slack does.</summary>
public sealed class FakeResponseUrls(Func<Uri> baseAddress)
{
    private readonly AwaitableList<(string Name, JsonObject Body)> posts = new();

    public Uri Url(string name) => new(baseAddress(), $"/respond/{Uri.EscapeDataString(name)}");

    public IReadOnlyList<JsonObject> PostsTo(string name) =>
        posts.Snapshot().Where(p => p.Name == name).Select(p => p.Body).ToList();

    public async Task<JsonObject> WaitForAsync(string name, TimeSpan timeout) =>
        (await posts.WaitAsync(p => p.Name == name, timeout, $"a post to response_url {name}")).Body;

    internal async Task<IResult> ReceiveAsync(HttpContext context, string name)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject ?? [];
        posts.Add((name, body));
        return Results.Text("ok");
    }
}
