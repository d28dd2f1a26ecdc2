namespace PaperBot.Slack.WebApi;

/// <summary>What a failed Slack call means for the caller.</summary>
public enum SlackErrorKind
{
    /// <summary>Retrying the same call will fail the same way (bad channel, missing scope, invalid blocks, bad token).</summary>
    Permanent,

    /// <summary>HTTP 429 or <c>ratelimited</c>: wait <see cref="SlackApiException.RetryAfter"/>, only this method is blocked.</summary>
    RateLimited,

    /// <summary>5xx, timeout, network: a later retry may work.</summary>
    Transient,
}
