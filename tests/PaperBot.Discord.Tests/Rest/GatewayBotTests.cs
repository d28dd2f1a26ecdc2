using static PaperBot.Discord.Tests.Rest.RestTestKit;

namespace PaperBot.Discord.Tests.Rest;

public sealed class GatewayBotTests
{
    [Fact]
    public async Task The_recorded_gateway_bot_answer_is_read_with_the_reset_in_milliseconds()
    {
        using var server = StartWireMock();
        server.Given(Api("/gateway/bot").UsingGet()).RespondWith(Json(200, TestData("discord-get-gateway-bot-response.json")));

        var gateway = await Client(server.BaseUrl()).GetGatewayBotAsync(default);

        Assert.Equal("wss://gateway.discord.gg/", gateway.Url);
        Assert.Equal(9, gateway.Shards);
        Assert.Equal(new Discord.Rest.SessionStartLimit(1000, 999, TimeSpan.FromHours(4), 1), gateway.SessionStartLimit);
    }
}
