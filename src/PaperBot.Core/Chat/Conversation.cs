namespace PaperBot.Core.Chat;

/// <summary>Where a command was typed: a channel or a direct conversation with the bot.</summary>
public sealed record Conversation(string Platform, string Workspace, string ChannelId, bool IsDirect);
