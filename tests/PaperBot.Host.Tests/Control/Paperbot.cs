using System.CommandLine;
using PaperBot.Host.Cli;
using PaperBot.Host.Output;

namespace PaperBot.Host.Tests.Control;

/// <summary>What a <c>paperbot</c> command printed and returned.</summary>
public sealed record CommandResult(int Exit, string Out, string Error);

/// <summary>Runs a <c>paperbot</c> command line in this process as the binary would, with its console captured.</summary>
public static class Paperbot
{
    public static async Task<CommandResult> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = CliConsole.Over(output, error, new TerminalFacts(OutputIsTerminal: false, ErrorIsTerminal: false, Width: 200));
        var configuration = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var exit = await PaperBotCli.Build(new LocalSession(console)).Parse(args).InvokeAsync(configuration, timeout.Token);
        return new CommandResult(exit, output.ToString(), error.ToString());
    }
}
