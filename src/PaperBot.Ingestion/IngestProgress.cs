namespace PaperBot.Ingestion;

/// <summary>How far an ingest is: <paramref name="Done"/> of <paramref name="Total"/> in the current stage.</summary>
public sealed record IngestProgress(IngestStage Stage, int Done, int Total);
