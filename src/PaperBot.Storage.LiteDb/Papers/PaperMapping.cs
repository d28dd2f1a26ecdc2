using PaperBot.Core.Papers;
using PaperBot.Storage.LiteDb.Documents;

namespace PaperBot.Storage.LiteDb.Papers;

internal static class PaperMapping
{
    /// <summary>At most three UTF-8 bytes a character, so the key stays well under LiteDB's 1023-byte index limit.</summary>
    public const int MaxIndexedTitleKeyLength = 300;

    public static PaperDocument ToDocument(Paper paper) => new()
    {
        Id = paper.Id.Value,
        Title = paper.Title,
        TitleKey = IndexedTitleKey(paper.TitleKey),
        Abstract = paper.Abstract,
        Authors = [.. paper.Authors],
        Categories = [.. paper.Categories],
        Published = StoredTime.Format(paper.Published),
        AbstractUrl = paper.Links.Abstract,
        PdfUrl = paper.Links.Pdf,
        HuggingFaceUrl = paper.Links.HuggingFace,
        Sources = [.. paper.Sources],
        FirstSeen = StoredTime.Format(paper.FirstSeen),
        Upvotes = paper.Upvotes,
    };

    public static Paper ToPaper(PaperDocument document) => new(
        new PaperId(document.Id),
        document.Title,
        document.Abstract,
        document.Authors,
        document.Categories,
        StoredTime.ParseDate(document.Published),
        new PaperLinks(document.AbstractUrl, document.PdfUrl, document.HuggingFaceUrl),
        document.Sources,
        StoredTime.Parse(document.FirstSeen),
        document.Upvotes);

    /// <summary>The title key of a stored paper: the indexed one unless it may have been cut short.</summary>
    public static string FullTitleKey(PaperDocument document) =>
        document.TitleKey.Length < MaxIndexedTitleKeyLength - 1 ? document.TitleKey : PaperTitle.Key(document.Title);

    /// <summary>The key as indexed: whole, or cut short (never inside a surrogate pair) when the title is very long.</summary>
    public static string IndexedTitleKey(string titleKey)
    {
        if (titleKey.Length <= MaxIndexedTitleKeyLength)
            return titleKey;
        var length = char.IsHighSurrogate(titleKey[MaxIndexedTitleKeyLength - 1]) ? MaxIndexedTitleKeyLength - 1 : MaxIndexedTitleKeyLength;
        return titleKey[..length];
    }
}
