using System.Globalization;
using System.Text.RegularExpressions;

namespace PaperBot.Ingestion.SeedPages;

/// <summary>The line above each title on a profile page: an optional score, a category code, a date with or without
/// its year, and an optional <c>Code</c> marker, all glued together (<c>89.4LGMar 19Code</c>, <c>QUANT-PHAug 22, 2023</c>).</summary>
internal sealed partial record SeedMetadata(string Category, DateOnly? Published)
{
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static bool TryParse(string line, out SeedMetadata metadata)
    {
        metadata = new SeedMetadata("", null);
        var match = Pattern().Match(line);
        if (!match.Success)
            return false;
        metadata = new SeedMetadata(SeedCategories.Normalize(match.Groups["category"].Value), DateOf(match));
        return true;
    }

    /// <summary>The page leaves the year out for recent papers; a guessed year would be wrong around New Year, so there is no date then.</summary>
    private static DateOnly? DateOf(Match match)
    {
        if (!match.Groups["year"].Success)
            return null;
        var month = Array.IndexOf(Months, match.Groups["month"].Value) + 1;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    // The category code is upper case and the month starts with a capital, so backtracking splits "LGMar" as LG + Mar.
    [GeneratedRegex(@"^(?:\d+(?:\.\d+)?)?(?<category>[A-Z]+(?:-[A-Z]+)*)(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?<day>\d{1,2})(?:, (?<year>\d{4}))?(?:Code)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
