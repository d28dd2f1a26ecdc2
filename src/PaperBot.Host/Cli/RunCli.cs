using System.CommandLine;
using Microsoft.Extensions.Hosting;
using PaperBot.Host.Hosting;

namespace PaperBot.Host.Cli;

public static class RunCli
{
    public static Command Create()
    {
        var command = new Command("run", "Start PaperBot. With no Discord or Slack token configured, the chat is in this terminal.");
        command.SetAction(RunAsync);
        return command;
    }

    /// <summary>Also what <c>paperbot</c> with no command does, so that <c>dotnet run --project src/PaperBot.Host</c> starts the bot.</summary>
    public static async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        try
        {
            using var host = PaperBotHost.Build(new HostSettings(parse.GetValue(GlobalOptions.Database), Interactive: true));
            await host.RunAsync(cancellationToken);
            return 0;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var (message, code) = CliErrors.Describe(ex);
            await Console.Error.WriteLineAsync(message);
            return code;
        }
    }
}
