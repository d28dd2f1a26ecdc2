namespace PaperBot.Core.Users;

/// <summary>Who someone is on one platform: the platform, the workspace or guild, and the platform's user id.</summary>
public sealed record UserRef(string Platform, string Workspace, string Id)
{
    /// <summary>A user of the command line and the terminal chat; both are one platform.</summary>
    public static UserRef Terminal(string id) => new(Platforms.Terminal, Platforms.LocalWorkspace, id);

    public override string ToString() => $"{Platform}/{Workspace}/{Id}";
}
