using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;

namespace PaperBot.Core.Chat;

/// <summary>One paper as a reply shows it; each platform renders it its own way.</summary>
/// <param name="Snippet">Matched words marked with <c>**</c>, or the start of the abstract.</param>
/// <param name="Reason">Why the paper was picked, for recommendations and digests.</param>
public sealed record PaperCard(PaperId Paper, string Title, string Authors, string? Link, string? Snippet, string? Reason, IReadOnlyList<ReplyAction> Actions)
{
    public static PaperCard For(Paper paper, string? snippet = null, string? reason = null) =>
        new(paper.Id, paper.Title, AuthorLine(paper.Authors), paper.Links.Primary, snippet ?? Lead(paper.Abstract), reason,
            [new ReplyAction("👍", ActionId.Rate(paper.Id, Thumb.Up)), new ReplyAction("👎", ActionId.Rate(paper.Id, Thumb.Down))]);

    /// <summary>"A, B, C et al." — three names at most, so that cards stay short on every platform.</summary>
    public static string AuthorLine(IReadOnlyList<string> authors) => authors.Count switch
    {
        0 => "",
        <= 3 => string.Join(", ", authors),
        _ => string.Join(", ", authors.Take(3)) + " et al.",
    };

    /// <summary>The start of an abstract, cut at a word boundary.</summary>
    public static string Lead(string text, int maxLength = 240)
    {
        if (text.Length <= maxLength)
            return text;
        var cut = text.LastIndexOf(' ', maxLength);
        return string.Concat(text.AsSpan(0, cut > maxLength / 2 ? cut : maxLength), "…");
    }
}
