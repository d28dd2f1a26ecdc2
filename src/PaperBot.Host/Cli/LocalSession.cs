using System.CommandLine;
using Microsoft.Extensions.Hosting;
using PaperBot.Host.Control;
using PaperBot.Host.Hosting;
using PaperBot.Host.Output;

namespace PaperBot.Host.Cli;

/// <summary>A command typed in this process. When a bot runs on the same database, the command runs inside it (the file
/// has one writer, the bot); otherwise this process opens the database in a host of its own for the command.</summary>
public sealed class LocalSession(CliConsole console) : CliSession(console, Directory.GetCurrentDirectory())
{
    public override bool IsServed => false;

    public override async Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        var settings = new HostSettings(parse.GetValue(GlobalOptions.Database), Interactive: false);
        IHost? host = null;
        try
        {
            if (await ControlClient.TryRunAsync(PaperBotConfiguration.DatabasePath(settings), parse, this, cancellationToken) is { } served)
                return served;
            host = PaperBotHost.Build(settings);
            await host.StartAsync(cancellationToken);
            var code = await work(host.Services, cancellationToken);
            await host.StopAsync(cancellationToken);
            return code;
        }
        catch (Exception ex)
        {
            return await CliErrors.ReportAsync(Console, ex, host?.Services, cancellationToken);
        }
        finally
        {
            host?.Dispose();
        }
    }
}
