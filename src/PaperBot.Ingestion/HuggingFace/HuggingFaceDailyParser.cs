using System.Globalization;
using System.Text.Json;
using PaperBot.Core.Papers;

namespace PaperBot.Ingestion.HuggingFace;

/// <summary>
/// The JSON array of Hugging Face's <c>/api/daily_papers</c>: each item wraps a <c>paper</c> whose id is its arXiv id,
/// with title, summary, authors, upvotes and publishedAt; the item repeats title and publishedAt at the top level.
/// </summary>
public sealed class HuggingFaceDailyParser : IPaperParser
{
    public const string Source = "huggingface";
    private const int SniffChars = 4096;

    public string Format => "hf-daily";

    public bool Recognizes(string text)
    {
        var head = (text.Length > SniffChars ? text[..SniffChars] : text).TrimStart();
        return head.StartsWith('[') && head.Contains("\"paper\"", StringComparison.Ordinal);
    }

    public ParseResult Parse(SourceText source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(source.Text, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return ParseResult.Failed(new IngestProblem(source.Origin, (int?)e.LineNumber + 1,
                $"not complete JSON (truncated or malformed) at byte {e.BytePositionInLine} of the line"));
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                return ParseResult.Failed(new IngestProblem(source.Origin, 1, "expected a JSON array of daily papers"));
            var papers = new List<Paper>();
            var problems = new List<IngestProblem>();
            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                index++;
                if (TryRead(item, out var paper, out var reason))
                    papers.Add(paper);
                else
                    problems.Add(new IngestProblem(source.Origin, null, $"item {index}: {reason}"));
            }
            return new ParseResult(papers, problems);
        }
    }

    private static bool TryRead(JsonElement item, out Paper paper, out string reason)
    {
        paper = null!;
        if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("paper", out var inner) || inner.ValueKind != JsonValueKind.Object)
        {
            reason = "no \"paper\" object";
            return false;
        }
        var idText = String(inner, "id");
        if (!ArxivId.TryParse(idText, out var id, out _))
        {
            reason = $"paper.id '{idText}' is not an arXiv id";
            return false;
        }
        var title = TextFolding.Fold(String(inner, "title") ?? String(item, "title") ?? "");
        var summary = TextFolding.Fold(String(inner, "summary") ?? String(item, "summary") ?? "");
        if (title.Length == 0 || summary.Length == 0)
        {
            reason = $"paper {id} has no {(title.Length == 0 ? "title" : "summary")}";
            return false;
        }
        paper = new Paper(PaperId.FromArxiv(id), title, summary, Authors(inner), [],
            Date(String(inner, "publishedAt") ?? String(item, "publishedAt")), PaperLinks.ForArxiv(id), [Source], default,
            inner.TryGetProperty("upvotes", out var upvotes) && upvotes.TryGetInt32(out var count) ? count : null);
        reason = "";
        return true;
    }

    private static List<string> Authors(JsonElement paper)
    {
        if (!paper.TryGetProperty("authors", out var authors) || authors.ValueKind != JsonValueKind.Array)
            return [];
        return authors.EnumerateArray()
            .Select(a => a.ValueKind == JsonValueKind.Object ? String(a, "name") : null)
            .OfType<string>()
            .Select(TextFolding.Fold)
            .Where(n => n.Length > 0)
            .ToList();
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static DateOnly? Date(string? timestamp) =>
        DateTimeOffset.TryParse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? DateOnly.FromDateTime(value.UtcDateTime)
            : null;
}
