using Spectre.Console;

namespace PaperBot.Host.Output;

/// <summary>Where a command writes: this process's console, or the console of a <c>paperbot</c> command that the running
/// bot serves (see <see cref="Control.ControlServer"/>). Commands never write to <see cref="Console"/> directly, so the
/// same command gives the same output either way.</summary>
public sealed class CliConsole
{
    private CliConsole(TextWriter output, TextWriter error, TerminalFacts terminal)
    {
        Out = output;
        Error = error;
        Terminal = terminal;
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal.OutputIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal.OutputIsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (terminal.Width is { } width)
            Ansi.Profile.Width = width;
    }

    /// <summary>Standard output: tables, and the JSON of <c>--format json</c>.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: errors, warnings and progress.</summary>
    public TextWriter Error { get; }

    /// <summary>Tables and markup on <see cref="Out"/>.</summary>
    public IAnsiConsole Ansi { get; }

    public TerminalFacts Terminal { get; }

    public static CliConsole OfThisProcess() => new(Console.Out, Console.Error, TerminalFacts.OfThisProcess());

    public static CliConsole Over(TextWriter output, TextWriter error, TerminalFacts terminal) => new(output, error, terminal);
}

/// <summary>What the person's terminal is like, so output served by the bot is shaped as it would be locally.</summary>
public sealed record TerminalFacts(bool OutputIsTerminal, bool ErrorIsTerminal, int? Width)
{
    public static TerminalFacts OfThisProcess() =>
        new(!Console.IsOutputRedirected, !Console.IsErrorRedirected, Console.IsOutputRedirected ? null : Console.WindowWidth);
}
