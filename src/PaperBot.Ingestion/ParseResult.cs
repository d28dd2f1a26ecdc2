using PaperBot.Core.Papers;

namespace PaperBot.Ingestion;

/// <summary>What a parser read from one input. <see cref="Paper.FirstSeen"/> is left at its default; the ingestor sets it.</summary>
public sealed record ParseResult(IReadOnlyList<Paper> Papers, IReadOnlyList<IngestProblem> Problems)
{
    public static ParseResult Failed(IngestProblem problem) => new([], [problem]);
}
