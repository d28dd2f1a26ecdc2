using PaperBot.Core.Users;
using PaperBot.Storage.LiteDb.Documents;

namespace PaperBot.Storage.LiteDb.Users;

internal static class UserMapping
{
    public static UserDocument ToDocument(UserIdentity identity) => new()
    {
        Id = DocumentKeys.User(identity.User),
        Platform = identity.User.Platform,
        Workspace = identity.User.Workspace,
        UserId = identity.User.Id,
        DisplayName = identity.DisplayName,
        TimeZone = identity.TimeZone,
        FirstSeen = StoredTime.Format(identity.FirstSeen),
    };

    public static UserIdentity ToIdentity(UserDocument document) => new(
        new UserRef(document.Platform, document.Workspace, document.UserId),
        document.DisplayName,
        document.TimeZone,
        StoredTime.Parse(document.FirstSeen));
}
