using System.ComponentModel.DataAnnotations;

namespace PaperBot.Core.Digests;

/// <summary>The "Digests" configuration section.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digests";

    /// <summary>A digest whose time passed less than this long ago is still sent after downtime; older ones are skipped and recorded.</summary>
    public TimeSpan GraceWindow { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Send a short "nothing new today" message rather than stay silent.</summary>
    public bool NoticeWhenEmpty { get; set; } = true;

    /// <summary>A digest chooses among at most this many of the newest papers (by arrival, then publication), its new
    /// papers and the backlog that tops them up alike. A digest is about what is new; with all of arXiv stored, a round
    /// reading every paper took a million-paper bot to 9 GB and 88 s.</summary>
    [Range(100, 10_000_000)]
    public int CandidatePapers { get; set; } = 20_000;

    /// <summary>Due subscriptions taken per round of the dispatcher.</summary>
    [Range(1, 100_000)]
    public int DispatchBatch { get; set; } = 1_000;

    /// <summary>A channel digest is ranked for at most this many people: its owner, then the most recent raters in the
    /// channel, then members the platform knows. A cap keeps ranking fast in a channel with thousands of members.</summary>
    [Range(1, 1_000)]
    public int ChannelRankingMembers { get; set; } = 50;

    /// <summary>The first retry of a transient delivery failure waits this long; each later one twice as long.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>After this many transient failures in a row a digest is given up and the subscription paused.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;
}
