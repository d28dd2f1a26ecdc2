using PaperBot.Core.Papers;

namespace PaperBot.Host.Output;

/// <summary>A paper as <c>paperbot papers --format json</c> prints it.</summary>
public sealed record PaperJson(
    string Id,
    string Title,
    string Abstract,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Categories,
    string? Published,
    PaperLinks Links,
    IReadOnlyList<string> Sources,
    DateTimeOffset FirstSeen,
    int? Upvotes)
{
    public static PaperJson From(Paper paper) => new(
        paper.Id.Value, paper.Title, paper.Abstract, paper.Authors, paper.Categories,
        paper.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        paper.Links, paper.Sources, paper.FirstSeen, paper.Upvotes);
}
