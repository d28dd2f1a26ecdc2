namespace PaperBot.Ingestion;

/// <summary>Something that could not be read, with where it was: the file or URL, and the line when known.</summary>
public sealed record IngestProblem(string Origin, int? Line, string Reason)
{
    public override string ToString() => Line is { } line ? $"{Origin}:{line}: {Reason}" : $"{Origin}: {Reason}";
}
