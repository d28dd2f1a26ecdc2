using PaperBot.Discord.Rest;
using PaperBot.Discord.Rest.RateLimits;
using WireMock.ResponseBuilders;
using static PaperBot.Discord.Tests.Rest.RestTestKit;

namespace PaperBot.Discord.Tests.Rest;

/// <summary>The client's own rate limiting against canned Discord answers, on a FakeTimeProvider.</summary>
public sealed class RateLimitTests : IDisposable
{
    private const string UserLimited = """{"message":"You are being rate limited.","retry_after":1.5,"global":false}""";
    private const string GlobalLimited = """{"message":"You are being rate limited.","retry_after":2.25,"global":true}""";
    private readonly WireMock.Server.WireMockServer server = StartWireMock();
    private readonly WatchedTimeProvider time = new();

    public RateLimitTests()
    {
        server.Given(Api("/channels/2/messages").UsingGet()).RespondWith(Json(200, "[]"));
        server.Given(Api("/users/@me").UsingGet()).RespondWith(Json(200, """{"id":"7","username":"PaperBot","bot":true}"""));
        server.Given(Api("/interactions/9/tok/callback").UsingPost()).RespondWith(Response.Create().WithStatusCode(204));
    }

    public void Dispose() => server.Stop();

    [Fact]
    public async Task A_bucket_with_nothing_left_holds_the_next_call_on_that_channel_until_it_resets()
    {
        server.Given(Api("/channels/1/messages").UsingGet()).RespondWith(Json(200, "[]")
            .WithHeader("X-RateLimit-Bucket", "abcd1234").WithHeader("X-RateLimit-Limit", "5")
            .WithHeader("X-RateLimit-Remaining", "0").WithHeader("X-RateLimit-Reset-After", "2.5"));
        var client = Client(server.BaseUrl(), time);
        await client.GetChannelMessagesAsync(1, null, null, 50, default).WaitAsync(Patience);

        var second = client.GetChannelMessagesAsync(1, null, null, 50, default);
        await client.GetChannelMessagesAsync(2, null, null, 50, default).WaitAsync(Patience); // another channel: another bucket
        await AssertStillWaitingAsync(second);
        Assert.Equal(1, server.RequestsTo("GET", "/channels/1/messages"));

        time.Advance(TimeSpan.FromSeconds(2.4));
        await AssertStillWaitingAsync(second);
        time.Advance(TimeSpan.FromSeconds(0.2));
        await second.WaitAsync(Patience);
        Assert.Equal(2, server.RequestsTo("GET", "/channels/1/messages"));
    }

    [Fact]
    public async Task A_route_429_delays_only_that_bucket_for_the_float_retry_after_of_the_body()
    {
        // Retry-After says 2 s, the body 1.5 s: the body's float is what counts.
        server.Given(Api("/channels/1/messages").UsingGet()).InScenario("route").WillSetStateTo("ok")
            .RespondWith(Json(429, UserLimited).WithHeader("Retry-After", "2").WithHeader("X-RateLimit-Scope", "user"));
        server.Given(Api("/channels/1/messages").UsingGet()).InScenario("route").WhenStateIs("ok").RespondWith(Json(200, "[]"));
        var client = Client(server.BaseUrl(), time);

        var limited = client.GetChannelMessagesAsync(1, null, null, 50, default);
        await EventuallyAsync(() => time.TimersCreated == 1); // the 429 is in and the call waits
        await client.GetChannelMessagesAsync(2, null, null, 50, default).WaitAsync(Patience);
        await client.GetCurrentUserAsync(default).WaitAsync(Patience);
        await AssertStillWaitingAsync(limited);

        time.Advance(TimeSpan.FromSeconds(1.4));
        await AssertStillWaitingAsync(limited);
        time.Advance(TimeSpan.FromSeconds(0.2));
        await limited.WaitAsync(Patience);
        Assert.Equal(2, server.RequestsTo("GET", "/channels/1/messages"));
    }

    [Fact]
    public async Task A_global_429_pauses_every_call_but_interaction_callbacks()
    {
        server.Given(Api("/channels/1/messages").UsingGet()).InScenario("global").WillSetStateTo("ok")
            .RespondWith(Json(429, GlobalLimited).WithHeader("X-RateLimit-Global", "true").WithHeader("X-RateLimit-Scope", "global"));
        server.Given(Api("/channels/1/messages").UsingGet()).InScenario("global").WhenStateIs("ok").RespondWith(Json(200, "[]"));
        var client = Client(server.BaseUrl(), time);

        var limited = client.GetChannelMessagesAsync(1, null, null, 50, default);
        await EventuallyAsync(() => time.TimersCreated == 1); // the 429 is in and the call waits
        var other = client.GetCurrentUserAsync(default);
        await client.CreateInteractionResponseAsync(9, "tok", InteractionCallbackType.DeferredChannelMessageWithSource, null, default).WaitAsync(Patience);
        await AssertStillWaitingAsync(other);
        Assert.Equal(0, server.RequestsTo("GET", "/users/@me"));

        time.Advance(TimeSpan.FromSeconds(2.3));
        await Task.WhenAll(limited, other).WaitAsync(Patience);
        Assert.Equal(1, server.RequestsTo("GET", "/users/@me"));
    }

    [Fact]
    public async Task The_client_keeps_under_the_global_limit_itself_and_interaction_callbacks_skip_it()
    {
        var client = Client(server.BaseUrl(), time, o => o.GlobalRequestsPerSecond = 3);
        for (var i = 0; i < 3; i++)
            await client.GetCurrentUserAsync(default).WaitAsync(Patience);

        var fourth = client.GetCurrentUserAsync(default);
        await client.CreateInteractionResponseAsync(9, "tok", InteractionCallbackType.DeferredChannelMessageWithSource, null, default).WaitAsync(Patience);
        await AssertStillWaitingAsync(fourth);
        Assert.Equal(3, server.RequestsTo("GET", "/users/@me"));

        time.Advance(TimeSpan.FromSeconds(1) + GlobalRateLimiter.Margin);
        await fourth.WaitAsync(Patience);
        Assert.Equal(4, server.RequestsTo("GET", "/users/@me"));
    }

    [Fact]
    public async Task Retries_after_429_are_capped_and_then_surface_as_rate_limited()
    {
        server.Given(Api("/channels/1/messages").UsingGet())
            .RespondWith(Json(429, """{"message":"You are being rate limited.","retry_after":0.01,"global":false}""").WithHeader("X-RateLimit-Scope", "user"));
        var client = Client(server.BaseUrl(), configure: o => o.RateLimitMaxAttempts = 3);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => client.GetChannelMessagesAsync(1, null, null, 50, default));

        Assert.Equal(3, server.RequestsTo("GET", "/channels/1/messages"));
        Assert.Equal(DiscordFailureKind.RateLimited, error.Failure.Kind);
        Assert.Equal(TimeSpan.FromSeconds(0.01), error.Failure.RetryAfter);
        Assert.False(error.Failure.IsGlobalRateLimit);
        Assert.False(error.Failure.IsPlatformWide);
    }

    [Fact]
    public async Task A_global_429_that_persists_is_reported_as_platform_wide()
    {
        server.Given(Api("/gateway/bot").UsingGet())
            .RespondWith(Json(429, """{"message":"You are being rate limited.","retry_after":0.01,"global":true}"""));
        var client = Client(server.BaseUrl(), configure: o => o.RateLimitMaxAttempts = 2);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => client.GetGatewayBotAsync(default));

        Assert.Equal(2, server.RequestsTo("GET", "/gateway/bot"));
        Assert.True(error.Failure.IsGlobalRateLimit);
        Assert.True(error.Failure.IsPlatformWide);
    }
}
