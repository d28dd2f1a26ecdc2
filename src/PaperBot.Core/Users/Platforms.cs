namespace PaperBot.Core.Users;

public static class Platforms
{
    public const string Terminal = "terminal";
    public const string Discord = "discord";
    public const string Slack = "slack";

    /// <summary>The one workspace of the terminal platform.</summary>
    public const string LocalWorkspace = "local";
}
