namespace PaperBot.Slack.WebApi;

/// <summary>
/// A Slack Web API call failed. <see cref="Error"/> is Slack's error string (<c>channel_not_found</c>) or ours for
/// transport failures (<c>http_500</c>, <c>timeout</c>, <c>network_error</c>). The message never contains a token.
/// </summary>
public sealed class SlackApiException : Exception
{
    public SlackApiException()
        : this("unknown", "unknown_error", SlackErrorKind.Transient)
    {
    }

    public SlackApiException(string message)
        : base(message)
    {
        Method = "unknown";
        Error = "unknown_error";
    }

    public SlackApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Method = "unknown";
        Error = "unknown_error";
    }

    public SlackApiException(
        string method,
        string error,
        SlackErrorKind kind,
        int? httpStatus = null,
        TimeSpan? retryAfter = null,
        bool outcomeUnknown = false,
        Exception? innerException = null)
        : base($"Slack {method} failed: {error}{(outcomeUnknown ? " (the message may have been posted; reconcile via metadata)" : "")}", innerException)
    {
        Method = method;
        Error = error;
        Kind = kind;
        HttpStatus = httpStatus;
        RetryAfter = retryAfter;
        OutcomeUnknown = outcomeUnknown;
    }

    public string Method { get; }

    public string Error { get; }

    public SlackErrorKind Kind { get; }

    /// <summary>The token or the whole workspace is unusable (<c>invalid_auth</c>, <c>account_inactive</c>, <c>token_revoked</c>).</summary>
    public bool IsPlatformWide => SlackErrorClassifier.IsPlatformWide(Error);

    public int? HttpStatus { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// A message-creating call (chat.postMessage) timed out or got a 5xx: Slack may or may not have posted it,
    /// so it was not retried. Look for the message by its metadata before posting again.
    /// </summary>
    public bool OutcomeUnknown { get; }
}
