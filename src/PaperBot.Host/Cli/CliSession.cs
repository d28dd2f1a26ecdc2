using System.CommandLine;
using PaperBot.Host.Output;

namespace PaperBot.Host.Cli;

/// <summary>How a command reaches PaperBot's data: by opening the database itself (<see cref="LocalSession"/>), or inside
/// the running bot that has it open (<see cref="ServedSession"/>). Commands are written once against this, so they give
/// the same output and exit codes either way.</summary>
public abstract class CliSession(CliConsole console, string workingDirectory)
{
    public CliConsole Console { get; } = console;

    /// <summary>The folder the command was typed in; relative paths are read from there.</summary>
    public string WorkingDirectory { get; } = workingDirectory;

    /// <summary>Whether the running bot serves this command (then the bot cannot be started again from it).</summary>
    public abstract bool IsServed { get; }

    /// <summary>A path as typed, made full from the person's working folder.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>Runs <paramref name="work"/> with the bot's services, turning every failure into a one-line message and an
    /// exit code (see <see cref="CliErrors"/>).</summary>
    public abstract Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken cancellationToken);
}
