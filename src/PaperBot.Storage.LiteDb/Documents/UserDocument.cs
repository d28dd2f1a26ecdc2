namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>A person in the <c>users</c> collection, keyed by <see cref="DocumentKeys.User"/>.</summary>
internal sealed class UserDocument
{
    public string Id { get; set; } = "";

    public string Platform { get; set; } = "";

    public string Workspace { get; set; } = "";

    public string UserId { get; set; } = "";

    public string? DisplayName { get; set; }

    public string? TimeZone { get; set; }

    /// <summary>ISO 8601 round-trip text.</summary>
    public string FirstSeen { get; set; } = "";
}
