using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using PaperBot.Adapters;
using PaperBot.Discord.Fake.Gateway;
using PaperBot.Discord.Gateway;
using PaperBot.TestKit;

namespace PaperBot.Discord.Tests.Gateway;

public sealed class FakeGatewayCompositionTests
{
    [Fact]
    public async Task The_fake_maps_onto_another_app_and_its_gateway_bot_endpoint_leads_the_client_there()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        var fake = app.MapFakeGateway(new FakeDiscordGateway(), "/ws");
        app.MapFakeGatewayBot(fake);
        await app.StartAsync();
        fake.BaseAddress = new Uri(app.Urls.First());
        using var http = new HttpClient { BaseAddress = fake.BaseAddress };
        var urls = new HttpGatewayUrlSource(http);

        await using var client = new DiscordGatewayClient(
            GatewayHarness.Token, urls, new DiscordGatewayOptions(), TimeProvider.System, new ListLogger(),
            GatewayHarness.FastTimings, () => 0.5, () => new ClientWebSocketTransport());
        await client.StartAsync();
        await client.WaitForReadyAsync().WaitAsync(GatewayHarness.Timeout);
        var first = await fake.WaitForConnectionAsync(0);
        await first.SendReconnectAsync();
        var second = await fake.WaitForConnectionAsync(1);

        Assert.Equal(new Uri(fake.BaseAddress, "/ws").Port, new Uri(urls.Last!.Url).Port);
        Assert.Equal("/ws", first.Path);
        Assert.Equal("/ws-resume", second.Path);
        await second.WaitForOpAsync(6);
        await client.StopAsync();
        await fake.DisposeAsync();
        await app.StopAsync();
    }

    private sealed class HttpGatewayUrlSource(HttpClient http) : IGatewayUrlSource
    {
        public GatewayBotInfo? Last { get; private set; }

        public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default)
        {
            Last = await http.GetFromJsonAsync<GatewayBotInfo>("/api/v10/gateway/bot", cancellationToken)
                ?? throw new InvalidOperationException("empty /gateway/bot body");
            return Last;
        }
    }
}
