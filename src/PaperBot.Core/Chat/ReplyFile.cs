namespace PaperBot.Core.Chat;

/// <summary>A file attached to a reply (an export); each platform uploads it its own way.</summary>
public sealed record ReplyFile(string Name, string ContentType, string Content);
