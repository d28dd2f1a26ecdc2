using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using PaperBot.Core.Papers;

namespace PaperBot.Ingestion.Arxiv;

/// <summary>
/// The Atom feed of the arXiv API (<c>export.arxiv.org/api/query</c>). arXiv wraps long titles and abstracts over
/// indented lines, so their white space is folded. When one feed holds several versions of a paper they become one
/// paper with the latest version's text, the first version's date and every category any version had.
/// </summary>
public sealed class ArxivAtomParser : IPaperParser
{
    public const string Source = "arxiv";

    internal static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    internal static readonly XNamespace ArxivSchema = "http://arxiv.org/schemas/atom";
    private const int SniffChars = 4096;

    // Feeds have no document type; refusing one keeps entity expansion (billion laughs) out.
    private static readonly XmlReaderSettings ReaderSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public string Format => "arxiv-atom";

    public bool Recognizes(string text)
    {
        var head = text.Length > SniffChars ? text[..SniffChars] : text;
        return head.Contains("<feed", StringComparison.Ordinal) && head.Contains(Atom.NamespaceName, StringComparison.Ordinal);
    }

    public ParseResult Parse(SourceText source)
    {
        XDocument document;
        try
        {
            using var text = new StringReader(source.Text);
            using var reader = XmlReader.Create(text, ReaderSettings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            return ParseResult.Failed(new IngestProblem(source.Origin, e.LineNumber, $"not a complete Atom feed (truncated or malformed XML): {e.Message}"));
        }
        if (document.Root is not { } feed || feed.Name != Atom + "feed")
            return ParseResult.Failed(new IngestProblem(source.Origin, 1, "the XML is not an Atom <feed>"));

        var problems = new List<IngestProblem>();
        var versions = new List<ArxivEntry>();
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            if (ArxivEntry.TryRead(entry, out var read, out var reason))
                versions.Add(read);
            else
                problems.Add(new IngestProblem(source.Origin, ((IXmlLineInfo)entry).LineNumber, reason));
        }
        var papers = versions
            .GroupBy(v => v.Id, StringComparer.Ordinal)
            .Select(Combine)
            .ToList();
        return new ParseResult(papers, problems);
    }

    private static Paper Combine(IGrouping<string, ArxivEntry> versions)
    {
        var latest = versions.MaxBy(v => (v.Version ?? 0, v.Updated))!;
        var categories = versions.OrderByDescending(v => v == latest).SelectMany(v => v.Categories).Distinct(StringComparer.Ordinal).ToList();
        var published = versions.Select(v => v.Published).Where(d => d is not null).Min();
        // The feed's links name one version; the catalogue keeps the unversioned ones, which every source agrees on.
        return new Paper(PaperId.FromArxiv(latest.Id), latest.Title, latest.Summary, latest.Authors, categories, published,
            PaperLinks.ForArxiv(latest.Id), [Source], default);
    }

    /// <summary>One <c>&lt;entry&gt;</c>: one version of one paper.</summary>
    private sealed record ArxivEntry(string Id, int? Version, DateTimeOffset Updated, string Title, string Summary,
        IReadOnlyList<string> Authors, IReadOnlyList<string> Categories, DateOnly? Published)
    {
        public static bool TryRead(XElement entry, out ArxivEntry read, out string reason)
        {
            read = null!;
            var idText = entry.Element(Atom + "id")?.Value.Trim();
            // The API reports a bad query as an entry whose id is an error URL and whose title is "Error".
            if (!ArxivId.TryParse(idText, out var id, out var version))
            {
                reason = $"entry without an arXiv id ({(string.IsNullOrEmpty(idText) ? "no <id>" : idText)}): {Text(entry, "summary")}";
                return false;
            }
            var title = Text(entry, "title");
            var summary = Text(entry, "summary");
            if (title.Length == 0 || summary.Length == 0)
            {
                reason = $"entry {id} has no {(title.Length == 0 ? "title" : "summary")}";
                return false;
            }
            var authors = entry.Elements(Atom + "author").Select(a => TextFolding.Fold(a.Element(Atom + "name")?.Value ?? "")).Where(n => n.Length > 0).ToList();
            var primary = entry.Element(ArxivSchema + "primary_category")?.Attribute("term")?.Value;
            var categories = entry.Elements(Atom + "category").Select(c => c.Attribute("term")?.Value).Prepend(primary)
                .OfType<string>().Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            read = new ArxivEntry(id, version, Timestamp(entry, "updated") ?? DateTimeOffset.MinValue, title, summary, authors, categories,
                Timestamp(entry, "published") is { } published ? DateOnly.FromDateTime(published.UtcDateTime) : null);
            reason = "";
            return true;
        }

        private static string Text(XElement entry, string name) => TextFolding.Fold(entry.Element(Atom + name)?.Value ?? "");

        private static DateTimeOffset? Timestamp(XElement entry, string name) =>
            DateTimeOffset.TryParse(entry.Element(Atom + name)?.Value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
    }
}
