using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperBot.Host.Hosting;

namespace PaperBot.Host.Cli;

/// <summary>Runs one CLI command inside a started host, turning every failure into a one-line message and an exit code:
/// see <see cref="CliErrors"/>. No stack trace reaches the person; the log has it at debug level.</summary>
public static class CliHost
{
    public static async Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        IHost? host = null;
        try
        {
            host = PaperBotHost.Build(new HostSettings(parse.GetValue(GlobalOptions.Database), Interactive: false));
            await host.StartAsync(cancellationToken);
            var code = await work(host.Services, cancellationToken);
            await host.StopAsync(cancellationToken);
            return code;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("cancelled");
            return 130;
        }
        catch (Exception ex)
        {
            host?.Services.GetService<ILoggerFactory>()?.CreateLogger("PaperBot.Cli").LogDebug(ex, "Command failed");
            var (message, code) = CliErrors.Describe(ex);
            await Console.Error.WriteLineAsync(message);
            return code;
        }
        finally
        {
            host?.Dispose();
        }
    }
}
