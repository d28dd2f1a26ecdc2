namespace PaperBot.Ingestion;

public enum IngestStage
{
    /// <summary>Reading and parsing inputs; counts are inputs.</summary>
    Reading,

    /// <summary>Saving and indexing new and changed papers; counts are papers.</summary>
    Writing,

    /// <summary>Streaming an arXiv metadata snapshot, reading and storing it chunk by chunk; counts are KiB of the file.</summary>
    Streaming,

    /// <summary>Merging the search index into one piece after a bulk load; counts are 0 of 1, then 1 of 1.</summary>
    Compacting,
}
