using PaperBot.Core.Users;

namespace PaperBot.Core.Chat.Inbound;

/// <summary>Who is asking, with what their platform tells of them.</summary>
public sealed record Requester(UserRef User, RequesterFacts Facts);
