namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>A paper as stored in the <c>papers</c> collection; <see cref="Papers.PaperMapping"/> converts it.</summary>
internal sealed class PaperDocument
{
    /// <summary>The <see cref="Core.Papers.PaperId"/> value; LiteDB's <c>_id</c>.</summary>
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The indexed title key, cut to <see cref="Papers.PaperMapping.MaxIndexedTitleKeyLength"/> characters
    /// because LiteDB refuses index keys over 1023 bytes.</summary>
    public string TitleKey { get; set; } = "";

    public string Abstract { get; set; } = "";

    public List<string> Authors { get; set; } = [];

    public List<string> Categories { get; set; } = [];

    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public string? Published { get; set; }

    public string? AbstractUrl { get; set; }

    public string? PdfUrl { get; set; }

    public string? HuggingFaceUrl { get; set; }

    public List<string> Sources { get; set; } = [];

    /// <summary>ISO 8601 round-trip text, so the offset and every tick survive.</summary>
    public string FirstSeen { get; set; } = "";

    public int? Upvotes { get; set; }
}
