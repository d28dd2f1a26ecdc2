namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>A <see cref="Core.Digests.DigestTarget"/> embedded in subscription and outbox documents.</summary>
internal sealed class TargetDocument
{
    public string Platform { get; set; } = "";

    public string Workspace { get; set; } = "";

    public string ChannelId { get; set; } = "";

    /// <summary>The recipient of a DM digest; absent for a channel.</summary>
    public UserRefDocument? Person { get; set; }
}
