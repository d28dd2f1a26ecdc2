using System.Text.RegularExpressions;

namespace PaperBot.Core.Papers;

/// <summary>Recognises arXiv identifiers in their modern (<c>2305.12345v2</c>) and legacy (<c>hep-th/9901001</c>) forms,
/// bare, with an <c>arXiv:</c> prefix, or inside an abs/pdf URL.</summary>
public static partial class ArxivId
{
    public static bool TryParse(string? text, out string id, out int? version)
    {
        id = "";
        version = null;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
            return false;
        id = match.Groups["id"].Value.ToLowerInvariant();
        if (match.Groups["v"].Success)
            version = int.Parse(match.Groups["v"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    [GeneratedRegex(@"^(?:(?:https?://)?(?:export\.)?arxiv\.org/(?:abs|pdf)/|arxiv:)?(?<id>\d{4}\.\d{4,5}|[a-z][a-z.\-]*/\d{7})(?:v(?<v>\d+))?(?:\.pdf)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
