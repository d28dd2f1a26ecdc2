using System.CommandLine;
using PaperBot.Host.Output;

namespace PaperBot.Host.Cli;

/// <summary>A command that a <c>paperbot</c> process handed to the running bot: it runs on the bot's own services, and
/// writes to the console of the process that typed it.</summary>
public sealed class ServedSession(IServiceProvider bot, CliConsole console, string workingDirectory) : CliSession(console, workingDirectory)
{
    public override bool IsServed => true;

    public override async Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await work(bot, cancellationToken);
        }
        catch (Exception ex)
        {
            return await CliErrors.ReportAsync(Console, ex, bot, cancellationToken);
        }
    }
}
