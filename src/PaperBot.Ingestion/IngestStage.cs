namespace PaperBot.Ingestion;

public enum IngestStage
{
    /// <summary>Reading and parsing inputs; counts are inputs.</summary>
    Reading,

    /// <summary>Saving and indexing new and changed papers; counts are papers.</summary>
    Writing,
}
