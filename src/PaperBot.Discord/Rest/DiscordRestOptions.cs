namespace PaperBot.Discord.Rest;

/// <summary>Settings of <see cref="DiscordRestClient"/>. The token is a secret: it is only ever put in the
/// Authorization header, never in a message or a log line.</summary>
public sealed class DiscordRestOptions
{
    public const string DefaultBaseUrl = "https://discord.com/api/v10";

    /// <summary>API root including the version; tests point it at a local server.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    public string Token { get; set; } = "";

    /// <summary>The version in <c>User-Agent: DiscordBot (url, version)</c>, which Discord requires.</summary>
    public string BotVersion { get; set; } = "1.0";

    /// <summary>Tries per request when Discord answers 429 (the first try included).</summary>
    public int RateLimitMaxAttempts { get; set; } = 3;

    /// <summary>Extra tries after a 5xx, a timeout or a network error; idempotent methods only.</summary>
    public int TransientMaxRetries { get; set; } = 2;

    /// <summary>Wait before the first transient retry; doubled for each further one.</summary>
    public TimeSpan TransientBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Discord's global limit per bot; the client keeps under it itself.</summary>
    public int GlobalRequestsPerSecond { get; set; } = 50;

    internal const string ProjectUrl = "https://github.com/paperbot/paperbot";
}
