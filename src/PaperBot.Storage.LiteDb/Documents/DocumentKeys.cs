using PaperBot.Core.Papers;
using PaperBot.Core.Users;

namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>Deterministic document ids. Each part has <c>%</c> and <c>|</c> escaped, so no two users, ratings, received papers or messages can share a key.</summary>
internal static class DocumentKeys
{
    public static string User(UserRef user) => $"{Escape(user.Platform)}|{Escape(user.Workspace)}|{Escape(user.Id)}";

    public static string Rating(UserRef user, PaperId paper) => $"{User(user)}|{Escape(paper.Value)}";

    public static string Received(string targetKey, PaperId paper) => $"{Escape(targetKey)}|{Escape(paper.Value)}";

    public static string Message(string platform, string messageId) => $"{Escape(platform)}|{Escape(messageId)}";

    private static string Escape(string part) =>
        part.Contains('%', StringComparison.Ordinal) || part.Contains('|', StringComparison.Ordinal)
            ? part.Replace("%", "%25", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal)
            : part;
}
