using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Host.Backups;

namespace PaperBot.Host.Cli;

/// <summary><c>paperbot backup DEST</c>: a consistent copy of the database and the model in service, taken through the
/// running bot when there is one (it goes on serving meanwhile).</summary>
public static class BackupCli
{
    public static Command Create(CliSession session)
    {
        var destination = new Argument<string>("destination") { Description = "a new or empty folder for the backup" };
        var command = new Command("backup", "Back up the database and the model, also while the bot runs; the search index is rebuilt on restore") { destination };
        command.SetAction((parse, cancellationToken) => session.RunAsync(parse, async (services, ct) =>
        {
            var folder = session.FullPath(parse.GetValue(destination)!);
            try
            {
                var manifest = await services.GetRequiredService<BackupWriter>().WriteAsync(folder, ct);
                var bytes = manifest.Files.Sum(f => f.Bytes);
                await session.Console.Out.WriteLineAsync(
                    $"backed up {manifest.Database.Papers} papers, {manifest.Database.Ratings} thumbs, {manifest.Database.Users} people, " +
                    $"{manifest.Database.Subscriptions} subscriptions{(manifest.ModelVersion is { } v ? $" and model {v}" : ", no model yet")} " +
                    $"to {folder} ({bytes / 1024.0 / 1024.0:0.0} MiB, {manifest.Files.Count} files)");
                return 0;
            }
            catch (BackupException e)
            {
                await session.Console.Error.WriteLineAsync($"error: {e.Message}");
                return 1;
            }
        }, cancellationToken));
        return command;
    }
}
