using System.Text.Json.Nodes;
using PaperBot.Slack.WebApi;
using PaperBot.TestKit;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace PaperBot.Slack.Tests.WebApi;

/// <summary>Recorded Slack answers replayed byte for byte.</summary>
public sealed class WebApiWireMockTests : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();
    private readonly HttpClient http = new();

    public void Dispose()
    {
        server.Stop();
        server.Dispose();
        http.Dispose();
    }

    [Fact]
    public async Task The_documented_post_message_response_gives_channel_and_ts()
    {
        Serve("chat.postMessage", 200, TestData.Text("slack-chat-postmessage-response.json"));
        var posted = await Client().PostMessageAsync("C123ABC456", "Here's a message for you");
        Assert.Equal(new SlackMessageRef("C123ABC456", "1503435956.000247"), posted);
    }

    [Fact]
    public async Task The_documented_conversations_open_response_gives_the_dm_id()
    {
        Serve("conversations.open", 200, TestData.Text("slack-conversations-open-response.json"));
        Assert.Equal("D069C7QFK", await Client().OpenConversationAsync("U1"));
    }

    [Fact]
    public async Task The_documented_429_gives_a_rate_limited_error_with_retry_after()
    {
        var (status, retryAfter) = ParseHttp(TestData.Text("slack-429.http"));
        Assert.Equal(429, status);
        server.Given(Request.Create().WithPath("/api/users.info").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Retry-After", retryAfter).WithBody("""{"ok":false,"error":"ratelimited"}"""));

        // Retry-After 30 s is longer than this caller will wait in-call, so it gets the error to schedule by.
        var client = Client(o => o with { MaxRetryAfterWait = TimeSpan.FromSeconds(5) });
        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.UsersInfoAsync("U1"));
        Assert.Equal(SlackErrorKind.RateLimited, error.Kind);
        Assert.Equal(TimeSpan.FromSeconds(30), error.RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(30), client.Limiter.Reserve("users.info").RoundUp());
        Assert.Equal(TimeSpan.Zero, client.Limiter.Reserve("conversations.info"));
    }

    [Fact]
    public async Task Response_url_posts_json_without_authorization()
    {
        server.Given(Request.Create().WithPath("/commands/T1/1/abc").UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBody("ok"));
        var url = new Uri(server.Url + "/commands/T1/1/abc");
        await Client().PostToResponseUrlAsync(url, new JsonObject { ["replace_original"] = true, ["text"] = "Rated 👍" });

        var request = Assert.Single(server.LogEntries).RequestMessage;
        Assert.False(request.Headers!.ContainsKey("Authorization"));
        Assert.StartsWith("application/json; charset=utf-8", request.Headers["Content-Type"].First(), StringComparison.OrdinalIgnoreCase);
        Assert.True(JsonNode.Parse(request.Body!)!["replace_original"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_expired_response_url_is_a_permanent_error()
    {
        server.Given(Request.Create().WithPath("/actions/x").UsingPost()).RespondWith(Response.Create().WithStatusCode(404).WithBody("expired_url"));
        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client().PostToResponseUrlAsync(new Uri(server.Url + "/actions/x"), new JsonObject { ["text"] = "x" }));
        Assert.Equal("expired_url", error.Error);
        Assert.Equal(SlackErrorKind.Permanent, error.Kind);
    }

    [Fact]
    public async Task A_response_that_is_not_json_is_transient()
    {
        Serve("users.info", 200, "<html>gateway</html>");
        var error = await Assert.ThrowsAsync<SlackApiException>(() => Client(o => o with { MaxRetries = 0 }).UsersInfoAsync("U1"));
        Assert.Equal("invalid_response", error.Error);
        Assert.Equal(SlackErrorKind.Transient, error.Kind);
    }

    private static (int Status, string RetryAfter) ParseHttp(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var retryAfter = lines.Single(l => l.StartsWith("Retry-After:", StringComparison.OrdinalIgnoreCase))["Retry-After:".Length..].Trim();
        return (status, retryAfter);
    }

    private void Serve(string method, int status, string body) =>
        server.Given(Request.Create().WithPath("/api/" + method).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    private SlackWebApiClient Client(Func<SlackWebApiOptions, SlackWebApiOptions>? configure = null)
    {
        var options = new SlackWebApiOptions { BaseUrl = new Uri(server.Url + "/api/"), TransientRetryDelay = TimeSpan.FromMilliseconds(10) };
        return new SlackWebApiClient("xoxb-wiremock", http, configure?.Invoke(options) ?? options, TimeProvider.System, new ListLogger());
    }
}

internal static class TimeSpanExtensions
{
    /// <summary>Whole seconds, rounding up the few milliseconds a real clock moved meanwhile.</summary>
    public static TimeSpan RoundUp(this TimeSpan value) => TimeSpan.FromSeconds(Math.Ceiling(value.TotalSeconds - 0.5));
}
