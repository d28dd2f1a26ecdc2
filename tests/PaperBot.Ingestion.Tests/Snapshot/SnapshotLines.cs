using System.Text.Json;

namespace PaperBot.Ingestion.Tests.Snapshot;

/// <summary>Lines of a small arXiv metadata snapshot, in the shape of <c>arxiv-metadata-oai-snapshot.json</c>.</summary>
internal static class SnapshotLines
{
    public static string GraphPaper { get; } = Record("2401.00001", "A first\n  test paper on   graph neural networks", "cs.LG stat.ML",
        "Ada Lovelace, Alan Turing", [["Lovelace", "Ada", ""], ["Turing", "Alan", ""]], "Mon, 1 Jan 2024 10:00:00 GMT");

    public static string ChemistryPaper { get; } = Record("2401.00002", "Compilers for quantum chemistry", "physics.chem-ph",
        "Grace Hopper", [["Hopper", "Grace", ""]], "Tue, 2 Jan 2024 10:00:00 GMT");

    /// <summary>Old-style id, two versions, no <c>authors_parsed</c>: the authors string is split.</summary>
    public static string OldStylePaper { get; } = Record("math/0102001", "Invariants of old-style identifiers", "cs.DM math.CO",
        "Emmy Noether, Olga Taussky, and David Hilbert", null, "Thu, 1 Feb 2001 10:00:00 GMT", "Fri, 2 Feb 2001 10:00:00 GMT");

    public static string Malformed => "{not json";

    /// <summary>Good, outside <c>cs.*</c>, malformed (line 3), blank (line 4), old-style (line 5).</summary>
    public static string Sample { get; } = string.Join('\n', GraphPaper, ChemistryPaper, Malformed, "   ", OldStylePaper) + "\n";

    public static string Record(string id, string? title, string categories, string authors, string[][]? authorsParsed, params string[] versions)
    {
        var record = new Dictionary<string, object?>
        {
            ["id"] = id,
            ["submitter"] = "A. Submitter",
            ["authors"] = authors,
            ["title"] = title,
            ["comments"] = "12 pages",
            ["journal-ref"] = null,
            ["doi"] = null,
            ["report-no"] = null,
            ["categories"] = categories,
            ["license"] = null,
            ["abstract"] = $"  The abstract of {id}.\n  It spans\nlines.\n",
            ["versions"] = versions.Select((created, i) => new { version = $"v{i + 1}", created }).ToArray(),
            ["update_date"] = "2024-01-02",
        };
        if (authorsParsed is not null)
            record["authors_parsed"] = authorsParsed;
        return JsonSerializer.Serialize(record);
    }
}
