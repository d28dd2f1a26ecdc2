namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>One person in one channel's audience, in the <c>audience</c> collection: they rated a card there, last at <see cref="LastRatedAt"/>.</summary>
internal sealed class AudienceDocument
{
    /// <summary><c>channel|platform|workspace|user</c>, see <see cref="DocumentKeys.Audience"/>, so a person is in a channel's audience once.</summary>
    public string Id { get; set; } = "";

    /// <summary>The channel and the inverted time of the latest rating, see <see cref="DocumentKeys.AudienceRecency"/>; indexed,
    /// so the most recent members of a channel are the first entries of a prefix range of that index.</summary>
    public string Recency { get; set; } = "";

    /// <summary><see cref="DocumentKeys.User"/> of the member, indexed for forget-me.</summary>
    public string UserKey { get; set; } = "";

    public UserRefDocument Member { get; set; } = new();

    /// <summary>ISO 8601 round-trip text.</summary>
    public string LastRatedAt { get; set; } = "";
}
