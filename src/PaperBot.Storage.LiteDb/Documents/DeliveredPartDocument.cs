namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>A part of an outbox item that reached the platform, and the message the platform made of it.</summary>
internal sealed class DeliveredPartDocument
{
    public int Part { get; set; }

    public string MessageId { get; set; } = "";
}
