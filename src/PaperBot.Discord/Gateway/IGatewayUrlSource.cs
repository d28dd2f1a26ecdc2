namespace PaperBot.Discord.Gateway;

/// <summary>Answers <c>GET /gateway/bot</c>; the REST client implements it.</summary>
public interface IGatewayUrlSource
{
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default);
}
