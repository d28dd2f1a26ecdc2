namespace PaperBot.Discord.Hosting;

/// <summary>The "Discord" configuration section. A token selects Discord; without one the terminal chat runs. The token
/// comes from the environment (<c>PAPERBOT_Discord__Token</c>) or <c>/run/secrets</c>, never from a config file.</summary>
public sealed class DiscordOptions
{
    public const string Section = "Discord";

    /// <summary>The bot token from the Developer Portal; a secret, never logged.</summary>
    public string Token { get; set; } = "";

    /// <summary>The application's id (a snowflake), for command registration and interaction edits.</summary>
    public string ApplicationId { get; set; } = "";

    /// <summary>REST API root including the version; tests point it at a local fake. The Gateway URL comes from <c>GET /gateway/bot</c>.</summary>
    public string ApiBaseUrl { get; set; } = Rest.DiscordRestOptions.DefaultBaseUrl;

    /// <summary>The application's public key (hex), needed only for the HTTP interactions endpoint.</summary>
    public string PublicKey { get; set; } = "";

    /// <summary>A guild to register <c>/papers</c> in (instantly, for development) instead of globally.</summary>
    public string DevGuildId { get; set; } = "";

    /// <summary>Gateway shards; DMs arrive on shard 0.</summary>
    public int Shards { get; set; } = 1;

    /// <summary>How many digests are sent side by side; the REST client paces the requests within Discord's limits. A
    /// digest's sixth message waits for its channel's 5-second window while holding its place, so 16 left most of the
    /// global 50 requests/s unused (a 1,000-subscriber morning in 330 s instead of ~150 s; docs/benchmarks.md, Discord).</summary>
    public int ParallelDeliveries { get; set; } = 64;

    /// <summary>How long a message request may still land after it was sent (the HTTP timeout): after a crash, a part
    /// whose answer was lost is looked for in the channel only once this has passed since the attempt.</summary>
    public TimeSpan InFlightWindow { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => Token.Length > 0;

    public bool HasDevGuild => DevGuildId.Length > 0;
}
