using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PaperBot.Discord.Rest;
using WireMock.ResponseBuilders;
using static PaperBot.Discord.Tests.Rest.RestTestKit;

namespace PaperBot.Discord.Tests.Rest;

/// <summary>Timeouts, logging without secrets, and the DI registration.</summary>
public sealed class ClientPlumbingTests : IDisposable
{
    private readonly WireMock.Server.WireMockServer server = StartWireMock();

    public void Dispose() => server.Stop();

    [Fact]
    public async Task A_timed_out_get_is_retried_then_reported_as_transient()
    {
        server.Given(Api("/users/@me").UsingGet())
            .RespondWith(Json(200, """{"id":"1","username":"b"}""").WithDelay(TimeSpan.FromSeconds(2)));
        using var counting = new CountingHandler();
        var client = new DiscordRestClient(
            new HttpClient(counting) { Timeout = TimeSpan.FromMilliseconds(100) },
            new DiscordRestOptions { BaseUrl = server.BaseUrl(), Token = Token, TransientMaxRetries = 1, TransientBackoff = TimeSpan.Zero },
            TimeProvider.System, NullLogger<DiscordRestClient>.Instance);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => client.GetCurrentUserAsync(default));

        Assert.Equal(DiscordFailureKind.Transient, error.Failure.Kind);
        Assert.True(error.Failure.IsPlatformWide);
        Assert.Equal(2, counting.Sent);
    }

    /// <summary>Counts what the client sends; WireMock logs a delayed request only once it has answered.</summary>
    private sealed class CountingHandler() : DelegatingHandler(new HttpClientHandler())
    {
        private int sent;

        public int Sent => Volatile.Read(ref sent);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref sent);
            return base.SendAsync(request, cancellationToken);
        }
    }

    [Fact]
    public async Task Neither_the_bot_token_nor_an_interaction_token_reaches_a_log_line()
    {
        const string interactionToken = "interaction-token-SECRET";
        server.Given(Api($"/webhooks/5/{interactionToken}/messages/@original").UsingPatch())
            .RespondWith(Json(401, """{"message":"401: Unauthorized","code":0}"""));
        var logger = new RecordingLogger<DiscordRestClient>();
        var client = Client(server.BaseUrl(), logger: logger);

        await Assert.ThrowsAsync<DiscordRestException>(() =>
            client.EditOriginalInteractionResponseAsync(5, interactionToken, new OutgoingMessage("x"), default));

        Assert.NotEmpty(logger.Lines);
        Assert.All(logger.Lines, line =>
        {
            Assert.DoesNotContain(Token, line, StringComparison.Ordinal);
            Assert.DoesNotContain(interactionToken, line, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task The_registration_gives_one_shared_client_that_uses_the_configured_base_url()
    {
        server.Given(Api("/users/@me").UsingGet()).RespondWith(Json(200, """{"id":"3","username":"PaperBot","bot":true}"""));
        var services = new ServiceCollection()
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>))
            .AddDiscordRestClient(o =>
            {
                o.BaseUrl = server.BaseUrl();
                o.Token = Token;
            });
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<DiscordRestClient>();
        var me = await client.GetCurrentUserAsync(default);

        Assert.Same(client, provider.GetRequiredService<DiscordRestClient>());
        Assert.Equal(3ul, me.Id);
    }

    [Fact]
    public void A_client_without_a_token_is_refused_at_construction() =>
        Assert.Throws<ArgumentException>(() => new DiscordRestClient(new HttpClient(), new DiscordRestOptions(), TimeProvider.System,
            NullLogger<DiscordRestClient>.Instance));
}
