using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperBot.Core.Papers;

namespace PaperBot.Ingestion.Snapshot;

/// <summary>
/// One line of arXiv's bulk metadata snapshot (<c>arxiv-metadata-oai-snapshot.json</c>): a JSON object with
/// <c>id</c>, <c>title</c>, <c>abstract</c>, <c>authors</c> (one string) and <c>authors_parsed</c>
/// (<c>[last, first, suffix]</c> lists), space-separated <c>categories</c>, and <c>versions</c> with RFC 1123 dates.
/// </summary>
internal static partial class ArxivSnapshotRecord
{
    public const string Source = "arxiv-snapshot";

    /// <summary>Whether a line looks like a record: a JSON object with an <c>id</c> and a title or abstract.</summary>
    public static bool LooksLikeRecord(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out _)
                && (root.TryGetProperty("title", out _) || root.TryGetProperty("abstract", out _));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static bool TryRead(string line, out Paper paper, out string reason)
    {
        paper = null!;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            reason = $"not a JSON object (malformed, or cut off, near byte {e.BytePositionInLine + 1} of the line)";
            return false;
        }
        using (document)
            return TryRead(document.RootElement, out paper, out reason);
    }

    private static bool TryRead(JsonElement root, out Paper paper, out string reason)
    {
        paper = null!;
        if (root.ValueKind != JsonValueKind.Object)
        {
            reason = $"not a JSON object but a JSON {root.ValueKind.ToString().ToLowerInvariant()}";
            return false;
        }
        var idText = String(root, "id");
        if (!ArxivId.TryParse(idText, out var id, out _))
        {
            reason = idText is null ? "record without an \"id\"" : $"\"id\" '{idText}' is not an arXiv id";
            return false;
        }
        var title = TextFolding.Fold(String(root, "title") ?? "");
        if (title.Length == 0)
        {
            reason = $"record {id} has no title";
            return false;
        }
        var categories = (String(root, "categories") ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        paper = new Paper(PaperId.FromArxiv(id), title, TextFolding.Fold(String(root, "abstract") ?? ""), Authors(root), categories,
            FirstVersionDate(root), PaperLinks.ForArxiv(id), [Source], default);
        reason = "";
        return true;
    }

    /// <summary><c>authors_parsed</c> when present (it has already split "A, B and C" correctly, affiliations
    /// and all); else the <c>authors</c> string split on commas and "and".</summary>
    private static List<string> Authors(JsonElement root)
    {
        if (root.TryGetProperty("authors_parsed", out var parsed) && parsed.ValueKind == JsonValueKind.Array)
        {
            var names = parsed.EnumerateArray().Select(ParsedName).Where(n => n.Length > 0).ToList();
            if (names.Count > 0)
                return names;
        }
        return AuthorSeparator().Split(String(root, "authors") ?? "").Select(TextFolding.Fold).Where(n => n.Length > 0).ToList();
    }

    /// <summary><c>[last, first, suffix]</c> as a person writes it: "first last suffix".</summary>
    private static string ParsedName(JsonElement parts)
    {
        if (parts.ValueKind != JsonValueKind.Array)
            return "";
        var texts = parts.EnumerateArray().Select(p => p.ValueKind == JsonValueKind.String ? p.GetString() ?? "" : "").ToArray();
        string Part(int i) => i < texts.Length ? texts[i] : "";
        return TextFolding.Fold($"{Part(1)} {Part(0)} {Part(2)}");
    }

    /// <summary>The earliest <c>versions[].created</c>: when the paper first appeared.</summary>
    private static DateOnly? FirstVersionDate(JsonElement root)
    {
        if (!root.TryGetProperty("versions", out var versions) || versions.ValueKind != JsonValueKind.Array)
            return null;
        return versions.EnumerateArray()
            .Select(v => v.ValueKind == JsonValueKind.Object ? String(v, "created") : null)
            .Select(created => DateTimeOffset.TryParse(created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
                ? DateOnly.FromDateTime(value.UtcDateTime)
                : (DateOnly?)null)
            .Where(d => d is not null)
            .Min();
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // "A, B and C", "A, B, and C"; " and " needs white space around it so that "Anderson" stays whole.
    [GeneratedRegex(@",\s*and\s+|,|\s+and\s+", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorSeparator();
}
