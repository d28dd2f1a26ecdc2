namespace PaperBot.Discord.Gateway;

/// <summary>Gateway settings; the token and REST settings live with the integrator's DiscordOptions.</summary>
public sealed record DiscordGatewayOptions
{
    /// <summary>Shards to run (ids 0..Shards-1). DMs only ever arrive on shard 0.</summary>
    public int Shards { get; init; } = 1;

    public int Intents { get; init; } = GatewayIntents.PaperBot;

    /// <summary>Dispatches buffered before the socket readers wait for the consumer.</summary>
    public int DispatchQueueCapacity { get; init; } = 1024;
}
