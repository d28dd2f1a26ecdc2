namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>A <see cref="Core.Chat.PaperCard"/> as a digest part shows it, kept so that a retry posts the same card.</summary>
internal sealed class PaperCardDocument
{
    public string Paper { get; set; } = "";

    public string Title { get; set; } = "";

    public string Authors { get; set; } = "";

    public string? Link { get; set; }

    public string? Snippet { get; set; }

    public string? Reason { get; set; }

    public List<CardActionDocument> Actions { get; set; } = [];
}
