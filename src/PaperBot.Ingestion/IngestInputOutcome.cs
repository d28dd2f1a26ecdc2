namespace PaperBot.Ingestion;

/// <summary>What became of one input (a file, or a URL): one row of the ingest table.</summary>
/// <param name="Format">The parser that read it (<c>seed-page</c>, ...), or null when it could not be read or recognised.</param>
/// <param name="Ok">Read and parsed; per-paper problems may still have been reported.</param>
public sealed record IngestInputOutcome(string Origin, string? Format, int PapersRead, int Problems, bool Ok);
