using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace PaperBot.Ingestion.SeedPages;

/// <summary>Tells the kinds of line on a listing page apart: page chrome, titles, author lines and abstracts.</summary>
internal static partial class SeedLineKinds
{
    private static readonly FrozenSet<string> Chrome = new[]
    {
        "new", "Subscribe", "byAK and the research community",
        "Get trending papers in your email inbox!", "Get trending papers in your email inbox once a day!",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NameParticles = new[] { "de", "del", "della", "der", "den", "da", "di", "du", "la", "le", "van", "von", "bin", "al", "dos" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Site navigation above the first paper of a listing: fixed phrases and the listing's date (<c>Mar 14</c>).</summary>
    public static bool IsChrome(string line) => Chrome.Contains(line) || ListingDate().IsMatch(line);

    /// <summary>Abstracts are paragraphs; titles and author lines are short and at most one sentence.
    /// The longest title on the seed pages has 127 characters, the shortest abstract about 790.</summary>
    public static bool LooksLikeAbstract(string line) => line.Length >= 200 || SentenceEnds(line) >= 2;

    /// <summary>Reads <c>A, B, C et al. · org</c>: names separated by commas, an optional <c>et al.</c> and an optional
    /// affiliation after the middle dot (which is dropped: a paper has no affiliation field).</summary>
    public static bool TryReadAuthors(string line, out IReadOnlyList<string> authors)
    {
        authors = [];
        if (line.Length > 400 || LooksLikeAbstract(line))
            return false;
        var names = line.Split('·')[0].Trim();
        if (names.EndsWith("et al.", StringComparison.Ordinal))
            names = names[..^"et al.".Length].TrimEnd();
        var parts = names.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || !parts.All(IsName))
            return false;
        authors = parts;
        return true;
    }

    private static bool IsName(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 6
            && words.All(w => char.IsUpper(w[0]) || NameParticles.Contains(w))
            && !part.Any(char.IsDigit);
    }

    private static int SentenceEnds(string line)
    {
        var count = line.EndsWith('.') ? 1 : 0;
        for (var i = line.IndexOf(". ", StringComparison.Ordinal); i >= 0; i = line.IndexOf(". ", i + 2, StringComparison.Ordinal))
            count++;
        return count;
    }

    [GeneratedRegex(@"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}(?:, \d{4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex ListingDate();
}
