using System.Globalization;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.Core.Users;

namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>Deterministic document ids. Each part has <c>%</c> and <c>|</c> escaped, so no two users, ratings, received papers or messages can share a key.</summary>
internal static class DocumentKeys
{
    public static string User(UserRef user) => $"{Escape(user.Platform)}|{Escape(user.Workspace)}|{Escape(user.Id)}";

    public static string Rating(UserRef user, PaperId paper) => $"{User(user)}|{Escape(paper.Value)}";

    public static string Received(string targetKey, PaperId paper) => $"{Escape(targetKey)}|{Escape(paper.Value)}";

    /// <summary>A message by its platform, workspace, channel and id: a Slack <c>ts</c> is unique only within its channel.</summary>
    public static string Message(MessageRef message) =>
        $"{Escape(message.Platform)}|{Escape(message.Workspace)}|{Escape(message.ChannelId)}|{Escape(message.MessageId)}";

    public static string Audience(string targetKey, UserRef user) => $"{AudiencePrefix(targetKey)}{User(user)}";

    /// <summary>The start of every <see cref="AudienceRecency"/> of a channel: its escaped key cannot contain the <c>|</c> that ends it.</summary>
    public static string AudiencePrefix(string targetKey) => Escape(targetKey) + "|";

    /// <summary><c>channel|inverted ticks|user</c>: ascending order is the channel's members, the most recent rating first
    /// (the ticks are subtracted from the largest and padded to 19 digits), ties by user.</summary>
    public static string AudienceRecency(string targetKey, DateTimeOffset at, UserRef user) =>
        string.Create(CultureInfo.InvariantCulture, $"{AudiencePrefix(targetKey)}{long.MaxValue - at.UtcTicks:D19}|{User(user)}");

    private static string Escape(string part) =>
        part.Contains('%', StringComparison.Ordinal) || part.Contains('|', StringComparison.Ordinal)
            ? part.Replace("%", "%25", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal)
            : part;
}
