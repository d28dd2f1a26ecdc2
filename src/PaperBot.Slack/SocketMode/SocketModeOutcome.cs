namespace PaperBot.Slack.SocketMode;

internal enum SocketModeOutcomeKind
{
    /// <summary>We closed it (stop or a finished refresh).</summary>
    Stopped,

    /// <summary>Socket Mode is off for this app (link_disabled): do not reconnect.</summary>
    Fatal,

    /// <summary>Closed, dropped or silent: reconnect after backoff.</summary>
    Reconnect,
}

/// <summary>Why one socket ended.</summary>
internal sealed record SocketModeOutcome(SocketModeOutcomeKind Kind, string Reason)
{
    public static SocketModeOutcome Stopped(string reason) => new(SocketModeOutcomeKind.Stopped, reason);

    public static SocketModeOutcome Fatal(string reason) => new(SocketModeOutcomeKind.Fatal, reason);

    public static SocketModeOutcome Reconnect(string reason) => new(SocketModeOutcomeKind.Reconnect, reason);
}
