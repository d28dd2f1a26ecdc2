namespace PaperBot.Discord.Rest;

/// <summary>What a failed Discord call means for the caller.</summary>
public enum DiscordFailureKind
{
    /// <summary>Retrying the same request will not help (DMs closed, missing access, unknown channel, bad token, invalid body).</summary>
    Permanent,

    /// <summary>Discord still asked to wait after the client's own retries; try again after <see cref="DiscordFailure.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>5xx, timeout or network error; the request may or may not have been carried out.</summary>
    Transient,
}

/// <summary>The classification of a failed call, for mapping to PaperBot's delivery outcomes.</summary>
/// <param name="StatusCode">HTTP status, or null when no answer came (timeout, network error).</param>
/// <param name="ErrorCode">Discord's JSON error <c>code</c>, when the body had one.</param>
/// <param name="IsPlatformWide">True when the whole platform should pause: a global 429, a bad token (401),
/// an outage (502/503/504) or a network failure.</param>
public sealed record DiscordFailure(
    DiscordFailureKind Kind,
    int? StatusCode,
    int? ErrorCode,
    TimeSpan? RetryAfter,
    bool IsGlobalRateLimit,
    bool IsPlatformWide)
{
    /// <summary>Classifies what a Discord call threw; other exceptions count as transient, not platform-wide.</summary>
    public static DiscordFailure From(Exception exception) => exception switch
    {
        DiscordRestException rest => rest.Failure,
        HttpRequestException or TimeoutException => new(DiscordFailureKind.Transient, null, null, null, false, true),
        _ => new(DiscordFailureKind.Transient, null, null, null, false, false),
    };

    internal static DiscordFailure ForStatus(int status, int? errorCode) => status switch
    {
        401 => new(DiscordFailureKind.Permanent, status, errorCode, null, false, IsPlatformWide: true),
        502 or 503 or 504 => new(DiscordFailureKind.Transient, status, errorCode, null, false, IsPlatformWide: true),
        >= 500 => new(DiscordFailureKind.Transient, status, errorCode, null, false, false),
        // Every other 4xx (50007, 50278, 50001, 50013, 10003, 10008, 10062, 50035 …) fails the same way again.
        _ => new(DiscordFailureKind.Permanent, status, errorCode, null, false, false),
    };

    internal static DiscordFailure RateLimited(TimeSpan retryAfter, bool global) =>
        new(DiscordFailureKind.RateLimited, 429, null, retryAfter, global, IsPlatformWide: global);

    internal static DiscordFailure NoAnswer() => new(DiscordFailureKind.Transient, null, null, null, false, IsPlatformWide: true);
}
