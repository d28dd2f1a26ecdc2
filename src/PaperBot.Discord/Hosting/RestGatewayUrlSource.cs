using PaperBot.Discord.Gateway;
using PaperBot.Discord.Rest;

namespace PaperBot.Discord.Hosting;

/// <summary>The Gateway asks <c>GET /gateway/bot</c> through the REST client, with its rate limits and error handling.</summary>
internal sealed class RestGatewayUrlSource(DiscordRestClient rest) : IGatewayUrlSource
{
    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default)
    {
        var bot = await rest.GetGatewayBotAsync(cancellationToken);
        var limit = bot.SessionStartLimit;
        return new GatewayBotInfo(bot.Url, bot.Shards,
            new Gateway.SessionStartLimit(limit.Total, limit.Remaining, (long)limit.ResetAfter.TotalMilliseconds, limit.MaxConcurrency));
    }
}
