namespace PaperBot.Host.Tests.Digests;

/// <summary>Where a run of dispatch and delivery is cut short, as if the process died there.</summary>
public enum CrashPoint
{
    BeforeDigestCommitted,
    AfterDigestCommitted,
    BeforePartSent,
    AfterPartSentBeforeAnswer,
    AfterPartRecorded,
    BeforeMarkedDelivered,
}
