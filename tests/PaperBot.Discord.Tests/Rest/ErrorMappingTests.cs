using PaperBot.Discord.Rest;
using static PaperBot.Discord.Tests.Rest.RestTestKit;

namespace PaperBot.Discord.Tests.Rest;

/// <summary>Discord's error answers become typed failures the integrator maps to delivery outcomes.</summary>
public sealed class ErrorMappingTests : IDisposable
{
    private readonly WireMock.Server.WireMockServer server = StartWireMock();

    public void Dispose() => server.Stop();

    [Theory]
    [InlineData(403, 50007, "Cannot send messages to this user", false)]
    [InlineData(403, 50278, "Cannot send messages to this user", false)]
    [InlineData(403, 50001, "Missing Access", false)]
    [InlineData(403, 50013, "Missing Permissions", false)]
    [InlineData(404, 10003, "Unknown Channel", false)]
    [InlineData(404, 10008, "Unknown Message", false)]
    [InlineData(401, 0, "401: Unauthorized", true)]
    public async Task Discord_errors_on_a_send_are_permanent_with_status_and_code(int status, int code, string message, bool platformWide)
    {
        server.Given(Api("/channels/5/messages").UsingPost()).RespondWith(Json(status, $$"""{"message":"{{message}}","code":{{code}}}"""));
        var client = Client(server.BaseUrl());

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            client.CreateMessageAsync(5, new OutgoingMessage("hi"), "n-1", default));

        Assert.Equal(DiscordFailureKind.Permanent, error.Failure.Kind);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(message, error.DiscordMessage);
        Assert.Equal(platformWide, error.Failure.IsPlatformWide);
        Assert.Equal("POST /channels/{channel_id}/messages", error.Route);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, server.RequestsTo("POST", "/channels/5/messages"));
    }

    [Fact]
    public async Task An_expired_interaction_is_permanent_and_its_token_stays_out_of_the_message()
    {
        const string interactionToken = "aW50ZXJhY3Rpb24tdG9rZW4tc2VjcmV0";
        server.Given(Api($"/interactions/77/{interactionToken}/callback").UsingPost())
            .RespondWith(Json(404, """{"message":"Unknown interaction","code":10062}"""));
        var client = Client(server.BaseUrl());

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            client.CreateInteractionResponseAsync(77, interactionToken, InteractionCallbackType.DeferredChannelMessageWithSource, null, default));

        Assert.Equal(DiscordErrorCodes.UnknownInteraction, error.ErrorCode);
        Assert.Equal(DiscordFailureKind.Permanent, DiscordFailure.From(error).Kind);
        Assert.DoesNotContain(interactionToken, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_get_is_retried_after_5xx_and_succeeds()
    {
        server.Given(Api("/users/@me").UsingGet()).InScenario("flaky").WillSetStateTo("up", 2).RespondWith(Json(500, "{}"));
        server.Given(Api("/users/@me").UsingGet()).InScenario("flaky").WhenStateIs("up")
            .RespondWith(Json(200, """{"id":"42","username":"PaperBot","bot":true}"""));
        var client = Client(server.BaseUrl(), configure: o => o.TransientMaxRetries = 2);

        var me = await client.GetCurrentUserAsync(default);

        Assert.Equal(new DiscordUser(42, "PaperBot", true), me);
        Assert.Equal(3, server.RequestsTo("GET", "/users/@me"));
    }

    [Fact]
    public async Task A_get_that_keeps_failing_with_503_ends_as_a_platform_wide_transient_failure()
    {
        server.Given(Api("/users/@me").UsingGet()).RespondWith(Json(503, "<html>down</html>"));
        var client = Client(server.BaseUrl(), configure: o => o.TransientMaxRetries = 2);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => client.GetCurrentUserAsync(default));

        Assert.Equal(3, server.RequestsTo("GET", "/users/@me"));
        Assert.Equal(DiscordFailureKind.Transient, error.Failure.Kind);
        Assert.True(error.Failure.IsPlatformWide);
    }

    [Fact]
    public async Task A_message_post_that_gets_500_is_not_retried_the_caller_decides()
    {
        server.Given(Api("/channels/5/messages").UsingPost()).RespondWith(Json(500, """{"message":"500: Internal Server Error","code":0}"""));
        var client = Client(server.BaseUrl(), configure: o => o.TransientMaxRetries = 3);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => client.CreateMessageAsync(5, new OutgoingMessage("x"), null, default));

        Assert.Equal(1, server.RequestsTo("POST", "/channels/5/messages"));
        Assert.Equal(DiscordFailureKind.Transient, error.Failure.Kind);
        Assert.Equal(500, error.StatusCode);
    }

    [Fact]
    public async Task A_refused_connection_is_transient_and_platform_wide()
    {
        var url = server.BaseUrl();
        server.Stop();
        var client = Client(url, configure: o => o.TransientMaxRetries = 1);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => client.GetCurrentUserAsync(default));

        Assert.Null(error.StatusCode);
        Assert.Equal(DiscordFailureKind.Transient, error.Failure.Kind);
        Assert.True(error.Failure.IsPlatformWide);
        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public void Plain_network_exceptions_classify_as_transient_platform_wide()
    {
        Assert.Equal(DiscordFailureKind.Transient, DiscordFailure.From(new HttpRequestException("reset")).Kind);
        Assert.True(DiscordFailure.From(new TimeoutException()).IsPlatformWide);
    }
}
