using PaperBot.Core.Papers;
using PaperBot.Core.Users;

namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>Deterministic document ids. Each part has <c>%</c> and <c>|</c> escaped, so no two users or ratings can share a key.</summary>
internal static class DocumentKeys
{
    public static string User(UserRef user) => $"{Escape(user.Platform)}|{Escape(user.Workspace)}|{Escape(user.Id)}";

    public static string Rating(UserRef user, PaperId paper) => $"{User(user)}|{Escape(paper.Value)}";

    private static string Escape(string part) =>
        part.Contains('%', StringComparison.Ordinal) || part.Contains('|', StringComparison.Ordinal)
            ? part.Replace("%", "%25", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal)
            : part;
}
