namespace PaperBot.Slack.WebApi;

public sealed record SlackWebApiOptions
{
    public static readonly Uri DefaultBaseUrl = new("https://slack.com/api/");

    /// <summary>Where <c>/api/&lt;method&gt;</c> lives; tests point it at the fake. Must end with a slash.</summary>
    public Uri BaseUrl { get; init; } = DefaultBaseUrl;

    /// <summary>Retries after a 429 or a transient failure (never for a message post whose outcome is unknown).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>Per-call timeout.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>First wait after a transient failure; doubles per attempt.</summary>
    public TimeSpan TransientRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A 429 with a Retry-After longer than this is not waited out in-call but thrown.</summary>
    public TimeSpan MaxRetryAfterWait { get; init; } = TimeSpan.FromSeconds(120);

    public SlackRateLimitOptions RateLimits { get; init; } = new();
}
