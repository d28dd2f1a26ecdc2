using System.Security.Cryptography;
using System.Text;

namespace PaperBot.Core.Papers;

/// <summary>
/// A paper's stable id: the arXiv id without its version when known (<c>2305.12345</c>, <c>cs/0112017</c>),
/// otherwise <c>t-</c> and twelve hex digits of a hash of the normalised title, so the same title always
/// gets the same id on every machine.
/// </summary>
public readonly record struct PaperId(string Value)
{
    public const string TitlePrefix = "t-";

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    public static PaperId FromArxiv(string arxivId) =>
        ArxivId.TryParse(arxivId, out var id, out _) ? new PaperId(id) : throw new ArgumentException($"'{arxivId}' is not an arXiv id.", nameof(arxivId));

    public static PaperId FromTitle(string title)
    {
        var key = PaperTitle.Key(title);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return new PaperId(TitlePrefix + Convert.ToHexStringLower(hash, 0, 6));
    }

    /// <summary>Reads an id typed by a person: an arXiv id or URL (any version), or a title-hash id.</summary>
    public static bool TryParse(string? text, out PaperId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        text = text.Trim();
        if (text.StartsWith(TitlePrefix, StringComparison.OrdinalIgnoreCase) && text.Length == TitlePrefix.Length + 12
            && !text.AsSpan(TitlePrefix.Length).ContainsAnyExcept(HexDigits))
        {
            id = new PaperId(text.ToLowerInvariant());
            return true;
        }
        if (!ArxivId.TryParse(text, out var arxiv, out _))
            return false;
        id = new PaperId(arxiv);
        return true;
    }

    public bool IsArxiv => !Value.StartsWith(TitlePrefix, StringComparison.Ordinal);

    public override string ToString() => Value;
}
