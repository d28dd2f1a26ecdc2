using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using PaperBot.Discord.Fake.Rest;
using static PaperBot.Discord.Tests.Rest.RestTestKit;

namespace PaperBot.Discord.Tests.Rest;

/// <summary>The fake itself, over plain HTTP: nonce dedupe, Discord's validation and its rate limits.</summary>
public sealed class FakeDiscordRestTests : IAsyncLifetime
{
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider time = FakeTime();
    private readonly HttpClient http = new();
    private FakeDiscordRest fake = null!;

    public async Task InitializeAsync() =>
        fake = await FakeDiscordRest.StartAsync(new FakeDiscordRestOptions { Time = time, NonceWindow = TimeSpan.FromMinutes(2), GlobalLimitPerSecond = 5 }, default);

    public async Task DisposeAsync()
    {
        http.Dispose();
        await fake.DisposeAsync();
    }

    [Fact]
    public async Task An_enforced_nonce_returns_the_first_message_within_the_window_and_a_new_one_after_it()
    {
        var channel = fake.CreateGuildChannel();
        const string body = """{"content":"digest","nonce":"d-1","enforce_nonce":true,"allowed_mentions":{"parse":[]}}""";

        var first = await PostAsync($"/channels/{channel}/messages", body);
        time.Advance(TimeSpan.FromSeconds(110));
        var again = await PostAsync($"/channels/{channel}/messages", body);
        time.Advance(TimeSpan.FromSeconds(20));
        var late = await PostAsync($"/channels/{channel}/messages", body);

        Assert.Equal(first["id"]!.GetValue<string>(), again["id"]!.GetValue<string>());
        Assert.NotEqual(first["id"]!.GetValue<string>(), late["id"]!.GetValue<string>());
        Assert.Equal("d-1", again["nonce"]!.GetValue<string>());
        Assert.Equal(2, fake.MessagesIn(channel).Count);
    }

    [Fact]
    public async Task Without_enforce_nonce_the_same_nonce_posts_twice()
    {
        var channel = fake.CreateGuildChannel();
        await PostAsync($"/channels/{channel}/messages", """{"content":"a","nonce":"d-2"}""");
        await PostAsync($"/channels/{channel}/messages", """{"content":"a","nonce":"d-2"}""");

        Assert.Equal(2, fake.MessagesIn(channel).Count);
        Assert.Null(fake.MessagesIn(channel)[0].AllowedMentions); // recorded as left out
    }

    [Fact]
    public async Task Reading_messages_back_never_returns_the_nonce()
    {
        var channel = fake.CreateGuildChannel();
        await PostAsync($"/channels/{channel}/messages", """{"content":"a","nonce":"d-3","enforce_nonce":true}""");

        using var response = await http.GetAsync(new Uri($"{fake.BaseUrl}/channels/{channel}/messages?limit=10"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Contains("\"content\":\"a\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("nonce", text, StringComparison.Ordinal);
        Assert.Equal("d-3", fake.MessagesIn(channel)[0].Nonce);
    }

    [Fact]
    public async Task Message_ids_are_increasing_snowflakes_with_the_time_in_them()
    {
        var channel = fake.CreateGuildChannel();
        var a = ulong.Parse((await PostAsync($"/channels/{channel}/messages", """{"content":"a"}"""))["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var b = ulong.Parse((await PostAsync($"/channels/{channel}/messages", """{"content":"b"}"""))["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(b > a);
        Assert.Equal(time.GetUtcNow().ToUnixTimeMilliseconds(), (long)(a >> 22) + 1_420_070_400_000);
    }

    public static TheoryData<string> TooBig => new()
    {
        $$"""{"content":"{{new string('x', 2001)}}"}""",
        $$"""{"content":"x","nonce":"{{new string('n', 26)}}"}""",
        $$"""{"embeds":[{{string.Join(',', Enumerable.Repeat("""{"title":"t"}""", 11))}}]}""",
        $$"""{"embeds":[{"description":"{{new string('d', 4000)}}"},{"description":"{{new string('d', 2001)}}"}]}""",
        $$"""{"components":[{{string.Join(',', Enumerable.Repeat("""{"type":1,"components":[{"type":2,"style":1,"label":"a","custom_id":"a"}]}""", 6))}}]}""",
        $$"""{"components":[{"type":1,"components":[{{string.Join(',', Enumerable.Range(0, 6).Select(i => $$"""{"type":2,"style":1,"label":"a","custom_id":"c{{i}}"}"""))}}]}]}""",
        $$"""{"components":[{"type":1,"components":[{"type":2,"style":1,"label":"a","custom_id":"{{new string('c', 101)}}"}]}]}""",
    };

    [Theory]
    [MemberData(nameof(TooBig))]
    public async Task A_message_over_discords_limits_is_rejected_with_50035(string body)
    {
        var channel = fake.CreateGuildChannel();
        using var response = await http.PostAsync(new Uri($"{fake.BaseUrl}/channels/{channel}/messages"), Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(50035, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]!.GetValue<int>());
        Assert.Empty(fake.MessagesIn(channel));
    }

    [Fact]
    public async Task The_sixth_message_in_five_seconds_on_a_channel_gets_a_user_scoped_429_with_bucket_headers()
    {
        var channel = fake.CreateGuildChannel();
        var other = fake.CreateGuildChannel();
        for (var i = 0; i < 5; i++)
            await PostAsync($"/channels/{channel}/messages", $$"""{"content":"m{{i}}"}""");
        time.Advance(TimeSpan.FromSeconds(1)); // a new global window; the channel window still runs

        using var limited = await http.PostAsync(new Uri($"{fake.BaseUrl}/channels/{channel}/messages"), Json("""{"content":"m5"}"""));
        await PostAsync($"/channels/{other}/messages", """{"content":"elsewhere"}""");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("user", Header(limited, "X-RateLimit-Scope"));
        Assert.Equal("0", Header(limited, "X-RateLimit-Remaining"));
        Assert.Equal("5", Header(limited, "X-RateLimit-Limit"));
        Assert.Equal("4.000", Header(limited, "X-RateLimit-Reset-After"));
        Assert.NotNull(Header(limited, "X-RateLimit-Bucket"));
        var body = JsonNode.Parse(await limited.Content.ReadAsStringAsync())!;
        Assert.Equal(4.0, body["retry_after"]!.GetValue<double>());
        Assert.False(body["global"]!.GetValue<bool>());
        Assert.Equal(5, fake.MessagesIn(channel).Count);
    }

    [Fact]
    public async Task Past_the_global_limit_requests_get_a_global_429_but_interaction_callbacks_pass()
    {
        for (var i = 0; i < 5; i++)
            (await http.GetAsync(new Uri(fake.BaseUrl + "/users/@me"))).Dispose();

        using var limited = await http.GetAsync(new Uri(fake.BaseUrl + "/gateway/bot"));
        using var callback = await http.PostAsync(new Uri(fake.BaseUrl + "/interactions/1/tok/callback"), Json("""{"type":5}"""));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("true", Header(limited, "X-RateLimit-Global"));
        Assert.Equal("global", Header(limited, "X-RateLimit-Scope"));
        Assert.True(JsonNode.Parse(await limited.Content.ReadAsStringAsync())!["global"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NoContent, callback.StatusCode);
        Assert.Equal(1, fake.GlobalRateLimitedCount);
    }

    [Fact]
    public async Task Scripted_failures_hit_the_next_requests_to_the_route_only()
    {
        fake.FailNext("GET /users/@me", 2, 502);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.GetAsync(new Uri(fake.BaseUrl + "/users/@me"));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadGateway, HttpStatusCode.BadGateway, HttpStatusCode.OK], statuses);
    }

    [Fact]
    public async Task Opening_a_dm_twice_returns_the_same_channel()
    {
        var a = await PostAsync("/users/@me/channels", """{"recipient_id":"777"}""");
        var b = await PostAsync("/users/@me/channels", """{"recipient_id":"777"}""");

        Assert.Equal(a["id"]!.GetValue<string>(), b["id"]!.GetValue<string>());
        Assert.Equal(1, fake.DmChannelsOpened);
    }

    private async Task<JsonNode> PostAsync(string path, string body)
    {
        using var response = await http.PostAsync(new Uri(fake.BaseUrl + path), Json(body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.First() : null;
}
