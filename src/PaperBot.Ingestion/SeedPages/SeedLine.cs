namespace PaperBot.Ingestion.SeedPages;

/// <summary>A non-blank line of a page, trimmed, with its 1-based line number for problem reports.</summary>
internal readonly record struct SeedLine(int Number, string Text)
{
    public static List<SeedLine> NonBlank(string text)
    {
        var lines = new List<SeedLine>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var trimmed = raw.Trim();
            if (trimmed.Length > 0)
                lines.Add(new SeedLine(number, trimmed));
        }
        return lines;
    }
}
