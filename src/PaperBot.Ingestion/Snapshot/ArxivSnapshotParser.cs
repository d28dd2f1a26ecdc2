using PaperBot.Core.Papers;

namespace PaperBot.Ingestion.Snapshot;

/// <summary>
/// arXiv's bulk metadata snapshot held in memory (fetched from a URL, say): JSON lines, one record per paper. Local
/// files of this format never come here: <see cref="SnapshotStreamer"/> reads them line by line, as they run to
/// gigabytes. Each malformed line is reported with its number and the next line is read.
/// </summary>
public sealed class ArxivSnapshotParser : IPaperParser
{
    private const int SniffChars = 64 * 1024;

    public string Format => ArxivSnapshotRecord.Source;

    public bool Recognizes(string text) => RecognizesHead(text.Length > SniffChars ? text[..SniffChars] : text);

    public ParseResult Parse(SourceText source)
    {
        var papers = new List<Paper>();
        var problems = new List<IngestProblem>();
        using var reader = new StringReader(source.Text);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (ArxivSnapshotRecord.TryRead(line, out var paper, out var reason))
                papers.Add(paper);
            else
                problems.Add(new IngestProblem(source.Origin, number, reason));
        }
        return new ParseResult(papers, problems);
    }

    /// <summary>Whether the first non-blank line of the start of a text is a snapshot record.</summary>
    internal static bool RecognizesHead(string head)
    {
        using var reader = new StringReader(head.TrimStart('\uFEFF'));
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
                return ArxivSnapshotRecord.LooksLikeRecord(line);
        }
        return false;
    }
}
