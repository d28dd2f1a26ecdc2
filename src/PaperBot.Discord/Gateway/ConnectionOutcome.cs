namespace PaperBot.Discord.Gateway;

internal enum OutcomeKind
{
    /// <summary>We were asked to stop.</summary>
    Stopped,

    /// <summary>A close code that must not be retried.</summary>
    Fatal,

    /// <summary>Reconnect at once and resume (op 7, op 9 true, zombie).</summary>
    Resume,

    /// <summary>The session is gone; Identify again.</summary>
    NewSession,

    /// <summary>Closed or dropped: reconnect after backoff, resuming if we have a session.</summary>
    Reconnect,
}

/// <summary>Why one connection ended and what the shard should do next.</summary>
internal sealed record ConnectionOutcome(OutcomeKind Kind, string Reason, int? CloseCode = null, bool DelayIdentify = false)
{
    public static ConnectionOutcome Stopped(string reason) => new(OutcomeKind.Stopped, reason);

    public static ConnectionOutcome Fatal(string reason, int code) => new(OutcomeKind.Fatal, reason, code);

    public static ConnectionOutcome Resume(string reason) => new(OutcomeKind.Resume, reason);

    public static ConnectionOutcome NewSession(string reason, int? code = null, bool delayIdentify = false) =>
        new(OutcomeKind.NewSession, reason, code, delayIdentify);

    public static ConnectionOutcome Reconnect(string reason, int? code = null) => new(OutcomeKind.Reconnect, reason, code);
}
