namespace PaperBot.Ingestion;

/// <summary>What storing a set of papers did: the counts of <see cref="IngestSummary"/> and the revision written.</summary>
internal sealed record CatalogueChange(int Duplicates, int New, int Merged, int Unchanged, long? Revision)
{
    public static CatalogueChange None { get; } = new(0, 0, 0, 0, null);

    /// <summary>This change followed by <paramref name="next"/>: counts add up, the later revision wins.</summary>
    public CatalogueChange Then(CatalogueChange next) =>
        new(Duplicates + next.Duplicates, New + next.New, Merged + next.Merged, Unchanged + next.Unchanged, next.Revision ?? Revision);
}
