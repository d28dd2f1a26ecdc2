namespace PaperBot.Ingestion.SeedPages;

/// <summary>
/// A trending-papers listing: page chrome, then title and abstract line after line. Whether blank lines separate
/// them does not matter here, as only non-blank lines are read. One capture glued the <c>Subscribe</c> button to the
/// first title (<c>SubscribeMirrorAlign: ...</c>).
/// </summary>
internal static class ListingPageReader
{
    private const string GluedButton = "Subscribe";

    public static void Read(IReadOnlyList<SeedLine> lines, SeedPageCollector page)
    {
        var i = 0;
        while (i < lines.Count && SeedLineKinds.IsChrome(lines[i].Text))
            i++;
        var remaining = lines.Skip(i).ToList();
        if (remaining.Count > 0 && StartsWithGluedButton(remaining[0].Text))
            remaining[0] = remaining[0] with { Text = remaining[0].Text[GluedButton.Length..] };
        ReadPairs(remaining, page);
    }

    private static void ReadPairs(List<SeedLine> lines, SeedPageCollector page)
    {
        var i = 0;
        while (i < lines.Count)
        {
            var title = lines[i++];
            if (SeedLineKinds.LooksLikeAbstract(title.Text))
            {
                page.Problem(title.Number, "a paragraph where a title was expected (an abstract with no title?)");
                continue;
            }
            // A short line followed by a paragraph is a title, so the line before it lost its abstract. The last line
            // of a page is an abstract however short: captures cut it off mid-sentence.
            if (i >= lines.Count || (!SeedLineKinds.LooksLikeAbstract(lines[i].Text) && i + 1 < lines.Count && SeedLineKinds.LooksLikeAbstract(lines[i + 1].Text)))
            {
                page.Problem(title.Number, $"the title '{title.Text}' has no abstract");
                continue;
            }
            page.Add(title.Text, lines[i++].Text, [], [], null);
        }
    }

    private static bool StartsWithGluedButton(string line) =>
        line.Length > GluedButton.Length && line.StartsWith(GluedButton, StringComparison.Ordinal) && char.IsUpper(line[GluedButton.Length]);
}
