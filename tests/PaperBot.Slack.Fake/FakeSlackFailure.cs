namespace PaperBot.Slack.Fake;

public enum FakeFailureKind
{
    /// <summary>HTTP 200 with {"ok":false,"error":…}.</summary>
    Error,

    /// <summary>HTTP 500.</summary>
    Http500,

    /// <summary>HTTP 429 with Retry-After.</summary>
    RateLimited,

    /// <summary>Do the call (e.g. post the message) and then drop the connection without an answer.</summary>
    DropAnswer,
}

/// <summary>A scripted failure for the next call(s) of one method.</summary>
public sealed record FakeSlackFailure(FakeFailureKind Kind, string Error = "internal_error", int RetryAfterSeconds = 1)
{
    public static FakeSlackFailure Ok(string error) => new(FakeFailureKind.Error, error);

    public static FakeSlackFailure ServerError { get; } = new(FakeFailureKind.Http500);

    public static FakeSlackFailure RateLimited(int retryAfterSeconds) => new(FakeFailureKind.RateLimited, "ratelimited", retryAfterSeconds);

    public static FakeSlackFailure DropAnswer { get; } = new(FakeFailureKind.DropAnswer);
}
