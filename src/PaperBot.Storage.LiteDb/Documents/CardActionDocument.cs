namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>A <see cref="Core.Chat.ReplyAction"/>: its label and the parts of its <see cref="Core.Chat.ActionId"/>.</summary>
internal sealed class CardActionDocument
{
    public string Label { get; set; } = "";

    public string Verb { get; set; } = "";

    public string Paper { get; set; } = "";

    public string Argument { get; set; } = "";
}
