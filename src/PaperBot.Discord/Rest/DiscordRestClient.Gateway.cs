using PaperBot.Discord.Rest.Wire;

namespace PaperBot.Discord.Rest;

public sealed partial class DiscordRestClient
{
    /// <summary>GET /gateway/bot: the gateway URL, recommended shards and the identify budget.</summary>
    public async Task<GatewayBot> GetGatewayBotAsync(CancellationToken ct)
    {
        var wire = await SendAsync<WireGatewayBot>(Route(HttpMethod.Get, "/gateway/bot", "", "/gateway/bot"), null, ct);
        return wire.ToGatewayBot();
    }
}
