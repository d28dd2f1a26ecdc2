using System.CommandLine;
using PaperBot.Core.Users;

namespace PaperBot.Host.Cli;

/// <summary>Users named on the command line are people of the terminal platform, the same as in the terminal chat.</summary>
public static class CliUsers
{
    public static Option<string> UserOption(string description) => new("--user")
    {
        Description = description,
        Required = true,
    };

    public static UserRef Named(string name) => UserRef.Terminal(name.Trim());
}
