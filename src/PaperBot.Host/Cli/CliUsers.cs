using System.CommandLine;
using PaperBot.Core.Users;

namespace PaperBot.Host.Cli;

/// <summary>People named on the command line: a bare name is a person of the terminal platform, the same as in the
/// terminal chat; platform/workspace/id (as <c>ratings list</c> prints it) is someone of Slack, Discord or another platform.</summary>
public static class CliUsers
{
    public static Option<string> UserOption(string description) => new("--user")
    {
        Description = description + ": a name (dana), or platform/workspace/id (slack/T0001/U0001)",
        Required = true,
    };

    public static UserRef Named(string name)
    {
        name = name.Trim();
        // Platforms' user ids never contain a slash, so a name of three non-empty parts can only be this form.
        return name.Split('/') is [{ Length: > 0 } platform, { Length: > 0 } workspace, { Length: > 0 } id]
            ? new UserRef(platform, workspace, id)
            : UserRef.Terminal(name);
    }
}
