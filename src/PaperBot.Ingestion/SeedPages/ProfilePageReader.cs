namespace PaperBot.Ingestion.SeedPages;

/// <summary>
/// An author's profile page: a header (<c>h-index19</c>, <c>177papers</c>, ...), then per paper a metadata line,
/// the title, an authors line and the abstract.
/// </summary>
internal static class ProfilePageReader
{
    public static bool IsProfile(IReadOnlyList<SeedLine> lines) => lines.Any(l => IsMetadata(l.Text));

    public static void Read(IReadOnlyList<SeedLine> lines, SeedPageCollector page)
    {
        // The profile header above the first metadata line says nothing about any one paper.
        var i = 0;
        while (i < lines.Count && !IsMetadata(lines[i].Text))
            i++;
        while (i < lines.Count)
        {
            var metaLine = lines[i++];
            if (!SeedMetadata.TryParse(metaLine.Text, out var metadata))
            {
                // After an abstract the next paper's metadata line is due; anything else is reported and passed over.
                page.Problem(metaLine.Number, "unexpected line between papers (expected a category and date line such as 'LGMar 25, 2022')");
                continue;
            }
            if (i >= lines.Count || IsMetadata(lines[i].Text))
            {
                page.Problem(metaLine.Number, $"'{metaLine.Text}' is not followed by a title");
                continue;
            }
            var title = lines[i++];
            IReadOnlyList<string> authors = [];
            if (i < lines.Count && !IsMetadata(lines[i].Text) && SeedLineKinds.TryReadAuthors(lines[i].Text, out var names))
            {
                authors = names;
                i++;
            }
            if (i >= lines.Count || IsMetadata(lines[i].Text))
            {
                page.Problem(title.Number, $"the title '{title.Text}' has no abstract");
                continue;
            }
            var abstractLine = lines[i++];
            page.Add(title.Text, abstractLine.Text, authors, [metadata.Category], metadata.Published);
        }
    }

    private static bool IsMetadata(string line) => SeedMetadata.TryParse(line, out _);
}
