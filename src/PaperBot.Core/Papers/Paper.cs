namespace PaperBot.Core.Papers;

/// <summary>A paper in the catalogue.</summary>
/// <param name="Sources">Where the paper was seen: a seed file name, <c>arxiv</c>, <c>huggingface</c>, ...</param>
/// <param name="Upvotes">Hugging Face upvotes when known; a popularity signal for cold start.</param>
public sealed record Paper(
    PaperId Id,
    string Title,
    string Abstract,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Categories,
    DateOnly? Published,
    PaperLinks Links,
    IReadOnlyList<string> Sources,
    DateTimeOffset FirstSeen,
    int? Upvotes = null)
{
    public string TitleKey => PaperTitle.Key(Title);
}
