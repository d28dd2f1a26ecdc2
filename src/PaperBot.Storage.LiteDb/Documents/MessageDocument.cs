namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>A posted digest message that shows one paper, in the <c>messages</c> collection, so that a reaction on it can
/// be turned into a rating of that paper.</summary>
internal sealed class MessageDocument
{
    /// <summary><c>platform|workspace|channel|message</c>, see <see cref="DocumentKeys.Message"/>.</summary>
    public string Id { get; set; } = "";

    public string Paper { get; set; } = "";

    public string OutboxId { get; set; } = "";

    /// <summary>The target's key, indexed for forget-me.</summary>
    public string TargetKey { get; set; } = "";
}
