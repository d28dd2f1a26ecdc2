namespace PaperBot.Core.Chat;

/// <summary>A posted message, named so that it is unique across platforms: a Slack <c>ts</c> is unique only within its
/// channel, and a Discord message id within Discord.</summary>
/// <param name="Workspace">The guild or Slack workspace the message is in; for a direct message, the platform's DM scope.</param>
public sealed record MessageRef(string Platform, string Workspace, string ChannelId, string MessageId)
{
    public override string ToString() => $"{Platform}/{Workspace}/{ChannelId}/{MessageId}";
}
