namespace PaperBot.Slack.WebApi;

/// <summary>Maps Slack's <c>ok:false</c> error strings to what the caller should do (S6 error list).</summary>
public static class SlackErrorClassifier
{
    private static readonly HashSet<string> PlatformWide = new(StringComparer.Ordinal)
    {
        "invalid_auth", "account_inactive", "token_revoked", "not_authed", "token_expired",
    };

    // Slack's own "try again later" errors; anything else that Slack names is deterministic.
    private static readonly HashSet<string> Transient = new(StringComparer.Ordinal)
    {
        "internal_error", "fatal_error", "service_unavailable", "request_timeout", "team_added_to_org",
    };

    public static bool IsPlatformWide(string error) => PlatformWide.Contains(error);

    /// <summary>
    /// Permanent for <c>not_in_channel</c>, <c>channel_not_found</c>, <c>is_archived</c>, auth errors, <c>missing_scope</c>,
    /// <c>messages_tab_disabled</c>, <c>restricted_action</c>, <c>msg_blocks_too_long</c>, <c>invalid_blocks</c>,
    /// <c>no_text</c> and any other named error; RateLimited for <c>ratelimited</c>; Transient for Slack's server errors.
    /// </summary>
    public static SlackErrorKind Classify(string error) => error switch
    {
        "ratelimited" or "rate_limited" => SlackErrorKind.RateLimited,
        _ when Transient.Contains(error) => SlackErrorKind.Transient,
        _ => SlackErrorKind.Permanent,
    };
}
