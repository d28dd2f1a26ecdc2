namespace PaperBot.Ingestion.SeedPages;

/// <summary>
/// The captured paper-listing pages in <c>seeds/</c>: an author's profile page and trending listings, with or
/// without blank lines. They carry no arXiv ids, so ids come from titles; titles and abstracts are kept exactly as
/// on the page. Each paper's source is the page's file name.
/// </summary>
public sealed class SeedPageParser : IPaperParser
{
    private const int SniffLines = 200;

    public string Format => "seed-page";

    /// <summary>Plain text whose first lines hold titles each followed by an abstract paragraph (two such pairs at
    /// least, so that a licence or a note is not taken for a listing), or a profile metadata line. Markup, JSON,
    /// Markdown and text with control characters are someone else's.</summary>
    public bool Recognizes(string text)
    {
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty || start[0] is '<' or '{' or '[' || text.Any(c => c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))))
            return false;
        var lines = SeedLine.NonBlank(text).Take(SniffLines).ToList();
        if (lines.Any(l => l.Text.StartsWith("# ", StringComparison.Ordinal) || l.Text.StartsWith("```", StringComparison.Ordinal)))
            return false;
        if (ProfilePageReader.IsProfile(lines))
            return true;
        var pairs = 0;
        for (var i = 1; i < lines.Count; i++)
        {
            if (SeedLineKinds.LooksLikeAbstract(lines[i].Text) && !SeedLineKinds.LooksLikeAbstract(lines[i - 1].Text))
                pairs++;
        }
        return pairs >= 2;
    }

    public ParseResult Parse(SourceText source)
    {
        var page = new SeedPageCollector(source.Origin, SourceName(source.Origin));
        var lines = SeedLine.NonBlank(source.Text);
        if (ProfilePageReader.IsProfile(lines))
            ProfilePageReader.Read(lines, page);
        else
            ListingPageReader.Read(lines, page);
        var result = page.ToResult();
        return result.Papers.Count == 0 && result.Problems.Count == 0
            ? ParseResult.Failed(new IngestProblem(source.Origin, null, "no papers found on the page"))
            : result;
    }

    /// <summary>The file name, also for a page fetched from a URL.</summary>
    private static string SourceName(string origin)
    {
        if (Uri.TryCreate(origin, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            return Uri.UnescapeDataString(uri.Segments[^1].TrimEnd('/')) is { Length: > 0 } segment ? segment : uri.Host;
        return Path.GetFileName(origin.TrimEnd('/', '\\'));
    }
}
