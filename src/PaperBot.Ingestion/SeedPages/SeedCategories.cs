using System.Collections.Frozen;

namespace PaperBot.Ingestion.SeedPages;

/// <summary>
/// The profile page shows only the subject-class part of an arXiv category, upper-cased (<c>LG</c>, <c>CV</c>), or a
/// whole archive (<c>QUANT-PH</c>). Categories are stored the way arXiv spells them so that a seed paper and the same
/// paper from an arXiv feed share their categories: a code that names one arXiv category among the machine-learning
/// subjects these pages list becomes that category (<c>LG</c> → <c>cs.LG</c>); an archive becomes lower case
/// (<c>QUANT-PH</c> → <c>quant-ph</c>), as arXiv writes archives; any other code is kept as given, in upper case.
/// </summary>
internal static class SeedCategories
{
    private static readonly FrozenDictionary<string, string> Known = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AI"] = "cs.AI", ["CL"] = "cs.CL", ["CR"] = "cs.CR", ["CV"] = "cs.CV", ["CY"] = "cs.CY", ["DC"] = "cs.DC",
        ["HC"] = "cs.HC", ["IR"] = "cs.IR", ["LG"] = "cs.LG", ["MA"] = "cs.MA", ["NE"] = "cs.NE", ["RO"] = "cs.RO",
        ["SD"] = "cs.SD", ["SE"] = "cs.SE", ["AS"] = "eess.AS", ["IV"] = "eess.IV", ["SY"] = "eess.SY",
        ["NA"] = "math.NA", ["OC"] = "math.OC", ["ML"] = "stat.ML", ["ME"] = "stat.ME",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Normalize(string code)
    {
        var upper = code.ToUpperInvariant();
        if (Known.TryGetValue(upper, out var category))
            return category;
        return upper.Contains('-', StringComparison.Ordinal) ? upper.ToLowerInvariant() : upper;
    }
}
