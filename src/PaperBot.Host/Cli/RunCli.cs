using System.CommandLine;
using Microsoft.Extensions.Hosting;
using PaperBot.Host.Control;
using PaperBot.Host.Hosting;

namespace PaperBot.Host.Cli;

public static class RunCli
{
    public static Command Create(CliSession session)
    {
        var command = new Command("run", "Start PaperBot. With no Discord or Slack token configured, the chat is in this terminal.");
        command.SetAction((parse, cancellationToken) => RunAsync(session, parse, cancellationToken));
        return command;
    }

    /// <summary>Whether the command line starts the bot: then the host itself answers SIGTERM and Ctrl+C, stopping within
    /// <c>Shutdown:Timeout</c> and exiting 0, instead of System.CommandLine's two seconds and exit code 143.</summary>
    public static bool Starts(ParseResult parse) => parse.CommandResult.Command is RootCommand or { Name: "run" };

    /// <summary>Also what <c>paperbot</c> with no command does, so that <c>dotnet run --project src/PaperBot.Host</c> starts the bot.</summary>
    public static async Task<int> RunAsync(CliSession session, ParseResult parse, CancellationToken cancellationToken)
    {
        var settings = new HostSettings(parse.GetValue(GlobalOptions.Database), Interactive: true);
        var database = PaperBotConfiguration.DatabasePath(settings);
        if (session.IsServed || await ControlEndpoint.IsServedAsync(database, cancellationToken))
        {
            await session.Console.Error.WriteLineAsync($"error: a PaperBot already runs on {database}; stop it first, or give this one another file with --db.");
            return 1;
        }
        try
        {
            using var host = PaperBotHost.Build(settings);
            await host.RunAsync(cancellationToken);
            return 0;
        }
        catch (OperationCanceledException)
        {
            // A stop whose Shutdown:Timeout ran out: what was under way is left pending for the next start, by design.
            return 0;
        }
        catch (Exception ex)
        {
            var (message, code) = CliErrors.Describe(ex);
            await session.Console.Error.WriteLineAsync(message);
            return code;
        }
    }
}
