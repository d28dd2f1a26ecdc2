namespace PaperBot.Ingestion;

/// <summary>The "Ingestion" configuration section.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Papers per store transaction and per index call. Large enough that per-call costs vanish, small
    /// enough that the store and the index work on one batch at the same time.</summary>
    public int WriteBatchSize { get; set; } = 5000;

    /// <summary>Ids or title keys per store look-up.</summary>
    public int LookupChunkSize { get; set; } = 2000;

    /// <summary>Papers of a snapshot file read before they are merged, stored and committed: what memory holds of a
    /// multi-gigabyte file, and what an interrupted ingest loses at most.</summary>
    public int SnapshotChunkSize { get; set; } = 20_000;

    /// <summary>Papers of a snapshot file written between commits of the search index (and at its end). A commit
    /// flushes a segment and syncs its files, about a second each; until it, searches do not see the papers, and an
    /// interrupted ingest rebuilds the index on its next start.</summary>
    public int SnapshotCommitEvery { get; set; } = 100_000;

    /// <summary>After a snapshot wrote at least this many papers, the search index is merged into one piece
    /// (<c>IPaperIndex.CompactAsync</c>): a bulk load leaves it in many, and each costs every search a look-up of every
    /// word. 0 never merges.</summary>
    public int SnapshotCompactAfter { get; set; } = 50_000;
}
