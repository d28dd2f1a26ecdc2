using PaperBot.Core.Digests;
using PaperBot.Core.Users;
using PaperBot.Storage.LiteDb.Documents;

namespace PaperBot.Storage.LiteDb.Digests;

internal static class TargetMapping
{
    public static TargetDocument ToDocument(DigestTarget target) => new()
    {
        Platform = target.Platform,
        Workspace = target.Workspace,
        ChannelId = target.ChannelId,
        Person = target.Person is { } person ? ToDocument(person) : null,
    };

    public static DigestTarget ToTarget(TargetDocument document) =>
        new(document.Platform, document.Workspace, document.ChannelId, document.Person is { } person ? ToUser(person) : null);

    public static UserRefDocument ToDocument(UserRef user) => new() { Platform = user.Platform, Workspace = user.Workspace, UserId = user.Id };

    public static UserRef ToUser(UserRefDocument document) => new(document.Platform, document.Workspace, document.UserId);
}
