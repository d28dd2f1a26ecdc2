namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>A paper a target has received or has queued, in the <c>received</c> collection.</summary>
internal sealed class ReceivedDocument
{
    /// <summary><c>target|paper</c>, see <see cref="DocumentKeys.Received"/>.</summary>
    public string Id { get; set; } = "";

    /// <summary>The target's key, indexed.</summary>
    public string TargetKey { get; set; } = "";

    public string Paper { get; set; } = "";

    /// <summary>The digest that carried it.</summary>
    public string OutboxId { get; set; } = "";
}
