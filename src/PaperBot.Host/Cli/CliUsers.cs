using System.CommandLine;
using PaperBot.Core.Users;

namespace PaperBot.Host.Cli;

/// <summary>People named on the command line: a bare name is a person of the terminal platform, the same as in the
/// terminal chat; platform/workspace/id (as <c>ratings list</c> prints it) is someone of Slack, Discord or another platform.</summary>
public static class CliUsers
{
    public const string Forms = "a name (dana), or platform/workspace/id (slack/T0001/U0001)";

    public static Option<string> UserOption(string description)
    {
        var option = new Option<string>("--user") { Description = $"{description}: {Forms}", Required = true };
        Validate(option);
        return option;
    }

    /// <summary>Refuses a value that is neither form before the command runs.</summary>
    public static void Validate(Option<string> option) => option.Validators.Add(result =>
    {
        if (result.GetValue(option) is { } value && Named(value) is null)
            result.AddError($"--user '{value}' is neither {Forms}.");
    });

    /// <summary>The person named, or null for a name with slashes that is not platform/workspace/id (a person of the
    /// terminal has no slash in their name, and platforms' user ids never contain one).</summary>
    public static UserRef? Named(string name)
    {
        name = name.Trim();
        if (!name.Contains('/'))
            return name.Length > 0 ? UserRef.Terminal(name) : null;
        return name.Split('/') is [{ Length: > 0 } platform, { Length: > 0 } workspace, { Length: > 0 } id]
            ? new UserRef(platform.ToLowerInvariant(), workspace, id)
            : null;
    }
}
