using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PaperBot.Host.Backups;
using PaperBot.Host.Control;
using PaperBot.Host.Hosting;
using PaperBot.Recommender;
using PaperBot.Search;

namespace PaperBot.Host.Cli;

/// <summary><c>paperbot restore SRC</c>: checks a backup end to end and puts it in place of the data, which is kept
/// aside. Never beside a running bot: it would replace the data under the bot's feet.</summary>
public static class RestoreCli
{
    public static Command Create(CliSession session)
    {
        var source = new Argument<string>("source") { Description = "a folder written by paperbot backup" };
        var command = new Command("restore", "Restore a backup over the data (which is moved aside); refused while a bot runs on it") { source };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new HostSettings(parse.GetValue(GlobalOptions.Database), Interactive: false);
            var database = PaperBotConfiguration.DatabasePath(settings);
            if (session.IsServed || await ControlEndpoint.IsServedAsync(database, cancellationToken))
            {
                await session.Console.Error.WriteLineAsync($"error: a PaperBot runs on {database}; stop it before restoring over its data.");
                return 1;
            }
            try
            {
                // The host is built only to read where its model and index live; it is not started and opens nothing.
                using var host = PaperBotHost.Build(settings);
                var target = new RestoreTarget(database,
                    host.Services.GetRequiredService<IOptions<RecommenderOptions>>().Value.ModelFolder,
                    host.Services.GetRequiredService<IOptions<SearchOptions>>().Value.IndexPath);
                var result = await BackupRestorer.RestoreAsync(session.FullPath(parse.GetValue(source)!), target, TimeProvider.System, cancellationToken);
                var facts = result.Manifest.Database;
                await session.Console.Out.WriteLineAsync(
                    $"restored {facts.Papers} papers, {facts.Ratings} thumbs, {facts.Users} people and {facts.Subscriptions} subscriptions " +
                    $"from the backup of {result.Manifest.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z to {database}; the search index is rebuilt at the next start");
                if (result.PreviousDataFolder is { } aside)
                    await session.Console.Out.WriteLineAsync($"the data it replaced is in {aside}");
                return 0;
            }
            catch (BackupException e)
            {
                await session.Console.Error.WriteLineAsync($"error: {e.Message}");
                return 1;
            }
            catch (Exception e)
            {
                return await CliErrors.ReportAsync(session.Console, e, null, cancellationToken);
            }
        });
        return command;
    }
}
