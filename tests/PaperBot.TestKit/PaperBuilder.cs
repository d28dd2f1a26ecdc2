using PaperBot.Core.Papers;

namespace PaperBot.TestKit;

/// <summary>Makes papers for tests with sensible defaults; override only what the test is about.</summary>
public static class PaperBuilder
{
    public static Paper Paper(
        string title,
        string abstractText = "An abstract.",
        string? arxivId = null,
        IReadOnlyList<string>? authors = null,
        IReadOnlyList<string>? categories = null,
        DateOnly? published = null,
        int? upvotes = null,
        DateTimeOffset? firstSeen = null) =>
        new(arxivId is null ? PaperId.FromTitle(title) : PaperId.FromArxiv(arxivId),
            title, abstractText, authors ?? ["Ada Lovelace"], categories ?? ["cs.LG"], published,
            arxivId is null ? PaperLinks.None : PaperLinks.ForArxiv(arxivId), ["test"],
            firstSeen ?? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), upvotes);
}
