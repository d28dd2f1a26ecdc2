namespace PaperBot.Core.Papers;

public sealed record PaperLinks(string? Abstract = null, string? Pdf = null, string? HuggingFace = null)
{
    public static PaperLinks None { get; } = new();

    public static PaperLinks ForArxiv(string arxivId) =>
        new($"https://arxiv.org/abs/{arxivId}", $"https://arxiv.org/pdf/{arxivId}", $"https://huggingface.co/papers/{arxivId}");

    /// <summary>The best link to show a person: the abstract page, else the Hugging Face page, else the PDF.</summary>
    public string? Primary => Abstract ?? HuggingFace ?? Pdf;

    /// <summary>Keeps every link this has and fills the gaps from <paramref name="other"/>.</summary>
    public PaperLinks Merge(PaperLinks other) =>
        new(Abstract ?? other.Abstract, Pdf ?? other.Pdf, HuggingFace ?? other.HuggingFace);
}
