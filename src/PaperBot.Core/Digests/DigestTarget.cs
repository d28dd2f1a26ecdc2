using PaperBot.Core.Users;

namespace PaperBot.Core.Digests;

/// <summary>Where a digest goes: a channel (ranked for its members), or one person's direct messages (ranked for them).</summary>
/// <param name="ChannelId">The channel, or for a DM the conversation the platform gave (empty until the adapter opens it).</param>
/// <param name="Person">The recipient of a DM digest; null for a channel digest.</param>
public sealed record DigestTarget(string Platform, string Workspace, string ChannelId, UserRef? Person)
{
    public static DigestTarget Channel(string platform, string workspace, string channelId) => new(platform, workspace, channelId, null);

    public static DigestTarget Direct(UserRef person, string channelId = "") => new(person.Platform, person.Workspace, channelId, person);

    public bool IsDirect => Person is not null;

    /// <summary>The stable key of the target: one subscription per target, and what "already received" is counted against.</summary>
    public string Key => Person is { } person ? $"dm:{person}" : $"channel:{Platform}/{Workspace}/{ChannelId}";

    public override string ToString() => Key;
}
