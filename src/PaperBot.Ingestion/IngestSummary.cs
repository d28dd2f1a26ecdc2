namespace PaperBot.Ingestion;

/// <summary>The result of one ingest.</summary>
/// <param name="Read">Papers read from all inputs, duplicates and papers outside the categories included.</param>
/// <param name="Duplicates">Papers read more than once in this run (on several pages, or as several versions).</param>
/// <param name="New">Papers the catalogue did not have.</param>
/// <param name="Merged">Papers the catalogue had, changed by what was read.</param>
/// <param name="Unchanged">Papers the catalogue had, with nothing new in what was read.</param>
/// <param name="Problems">Everything that could not be read, with file (or URL) and line.</param>
/// <param name="Inputs">One outcome per input, in order.</param>
/// <param name="Revision">The catalogue revision after the write, or null when nothing was written.</param>
/// <param name="OutsideCategories">Papers read but left out by the <see cref="CategoryFilter"/>.</param>
public sealed record IngestSummary(
    int Read,
    int Duplicates,
    int New,
    int Merged,
    int Unchanged,
    IReadOnlyList<IngestProblem> Problems,
    IReadOnlyList<IngestInputOutcome> Inputs,
    long? Revision,
    int OutsideCategories = 0)
{
    public int Rejected => Problems.Count;

    /// <summary>Inputs were given but not one paper could be read from them.</summary>
    public bool NothingRead => Inputs.Count > 0 && Read == 0;
}
