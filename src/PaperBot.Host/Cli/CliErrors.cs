using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Host.Output;

namespace PaperBot.Host.Cli;

/// <summary>Turns a failure into the one line a person reads and the exit code: 2 for bad configuration, 130 when
/// cancelled, 1 for anything else. No stack trace reaches the person; the log has it at debug level.</summary>
public static class CliErrors
{
    public static (string Message, int ExitCode) Describe(Exception exception)
    {
        // Options validated at start fail together, wrapped in one AggregateException.
        var invalid = (exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [exception])
            .OfType<OptionsValidationException>().SelectMany(e => e.Failures).Distinct().ToList();
        return invalid.Count > 0
            ? ($"error: invalid configuration: {string.Join("; ", invalid)}", 2)
            : ($"error: {exception.Message}", 1);
    }

    public static async Task<int> ReportAsync(CliConsole console, Exception exception, IServiceProvider? services, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync("cancelled");
            return 130;
        }
        services?.GetService<ILoggerFactory>()?.CreateLogger("PaperBot.Cli").LogDebug(exception, "Command failed");
        var (message, code) = Describe(exception);
        await console.Error.WriteLineAsync(message);
        return code;
    }
}
