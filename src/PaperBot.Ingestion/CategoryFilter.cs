using System.Text.RegularExpressions;

namespace PaperBot.Ingestion;

/// <summary>
/// Which papers an ingest keeps, by arXiv category: <c>cs.*,stat.ML</c> keeps a paper having at least one category
/// equal to <c>stat.ML</c> or starting with <c>cs.</c>. Matching ignores case, as people type <c>cs.lg</c> too.
/// A paper without categories (a seed page may give none) matches only <see cref="All"/>.
/// </summary>
public sealed partial class CategoryFilter
{
    private readonly string[] exact;
    private readonly string[] prefixes;

    private CategoryFilter(string[] exact, string[] prefixes)
    {
        this.exact = exact;
        this.prefixes = prefixes;
    }

    /// <summary>No filter: every paper is kept.</summary>
    public static CategoryFilter All { get; } = new([], []);

    public bool KeepsAll => exact.Length == 0 && prefixes.Length == 0;

    /// <summary>Reads comma-separated patterns; null or absent text is <see cref="All"/>.</summary>
    public static bool TryParse(string? text, out CategoryFilter filter, out string error)
    {
        filter = All;
        error = "";
        if (text is null)
            return true;
        var patterns = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (patterns.Length == 0)
        {
            error = "--categories names no category; give patterns like cs.*,stat.ML";
            return false;
        }
        if (patterns.FirstOrDefault(p => !Pattern().IsMatch(p)) is { } bad)
        {
            error = $"--categories: '{bad}' is not a category pattern (an arXiv category like stat.ML, or a prefix ending in *, like cs.*)";
            return false;
        }
        filter = new CategoryFilter(
            [.. patterns.Where(p => !p.EndsWith('*'))],
            [.. patterns.Where(p => p.EndsWith('*')).Select(p => p.TrimEnd('*'))]);
        return true;
    }

    public bool Matches(IReadOnlyList<string> categories) =>
        KeepsAll || categories.Any(c =>
            exact.Contains(c, StringComparer.OrdinalIgnoreCase) || prefixes.Any(p => c.StartsWith(p, StringComparison.OrdinalIgnoreCase)));

    // An archive name, optionally a subject class, and at most one '*' at the very end.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9.\-]*\*?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
