using PaperBot.Core.Users;

namespace PaperBot.Core.Chat;

public sealed record CommandRequest(UserRef User, Conversation Conversation, string Command, CommandArgs Args, RequesterFacts Facts);
