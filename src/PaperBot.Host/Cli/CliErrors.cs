using Microsoft.Extensions.Options;

namespace PaperBot.Host.Cli;

/// <summary>Turns a failure into the one line a person reads and the exit code: 2 for bad configuration, 1 for anything else.</summary>
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
}
