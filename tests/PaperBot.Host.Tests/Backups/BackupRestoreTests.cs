using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Host.Backups;
using PaperBot.Host.Tests.Control;
using PaperBot.Host.Tests.Terminal;
using PaperBot.TestKit;

namespace PaperBot.Host.Tests.Backups;

/// <summary><c>paperbot backup</c> beside a running bot that goes on writing, and <c>paperbot restore</c> of what it made.</summary>
public sealed class BackupRestoreTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Live => folder.File("live/paperbot.db");

    private string Backup => folder.File("backup");

    [Fact]
    public async Task A_backup_taken_while_thumbs_are_written_restores_to_a_consistent_catalogue_and_ratings()
    {
        var chat = new ScriptedInput();
        using (var bot = TerminalHost.Build(Live, chat, new StringWriter()))
        {
            await bot.StartAsync();
            var papers = await bot.Services.GetRequiredService<IPaperStore>().AllAsync().ToListAsync();
            var ratings = bot.Services.GetRequiredService<RatingService>();
            using var stop = new CancellationTokenSource();
            var writer = Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                    await ratings.RecordAsync(new UserRef("terminal", "local", $"reader-{i % 50}"), papers[i % papers.Count].Id, i % 3 == 0 ? Thumb.Down : Thumb.Up, RatingSources.Command);
            });

            var backup = await Paperbot.RunAsync("--db", Live, "backup", Backup);

            await stop.CancelAsync();
            await writer;
            Assert.True(backup.Exit == 0, backup.Error);
            Assert.Contains("backed up 330 papers", backup.Out, StringComparison.Ordinal);
            chat.End();
            await bot.StopAsync();
        }
        var manifest = BackupManifest.FromJson(await File.ReadAllTextAsync(Path.Combine(Backup, BackupManifest.FileName)))!;
        Assert.False(File.Exists(Path.Combine(Backup, BackupManifest.IncompleteMarker)));

        var restoredDb = folder.File("restored/paperbot.db");
        var restore = await Paperbot.RunAsync("--db", restoredDb, "restore", Backup);

        Assert.True(restore.Exit == 0, restore.Error);
        var listed = await Paperbot.RunAsync("--db", restoredDb, "ratings", "list", "--format", "json");
        Assert.Equal(manifest.Database.Ratings, JsonDocument.Parse(listed.Out).RootElement.GetArrayLength());
        var catalogue = await Paperbot.RunAsync("--db", restoredDb, "papers", "--format", "json");
        Assert.Equal(330, JsonDocument.Parse(catalogue.Out).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task An_interrupted_or_damaged_backup_is_refused_and_the_data_it_would_replace_is_untouched()
    {
        Assert.Equal(0, (await Paperbot.RunAsync("--db", Live, "ingest", RepoPaths.Seeds)).Exit);
        Assert.Equal(0, (await Paperbot.RunAsync("--db", Live, "backup", Backup)).Exit);
        var target = folder.File("target/paperbot.db");
        Assert.Equal(0, (await Paperbot.RunAsync("--db", target, "restore", Backup)).Exit);
        var before = await File.ReadAllBytesAsync(target);

        var interrupted = folder.File("interrupted");
        Directory.CreateDirectory(interrupted);
        File.Copy(Path.Combine(Backup, BackupManifest.DatabaseFile), Path.Combine(interrupted, BackupManifest.DatabaseFile));
        await File.WriteAllTextAsync(Path.Combine(interrupted, BackupManifest.IncompleteMarker), "");
        var damaged = folder.File("damaged");
        Directory.CreateDirectory(damaged);
        foreach (var file in Directory.GetFiles(Backup))
            File.Copy(file, Path.Combine(damaged, Path.GetFileName(file)));
        await using (var db = File.OpenWrite(Path.Combine(damaged, BackupManifest.DatabaseFile)))
        {
            db.Position = db.Length / 2;
            db.WriteByte(0x5A);
        }

        var fromInterrupted = await Paperbot.RunAsync("--db", target, "restore", interrupted);
        var fromDamaged = await Paperbot.RunAsync("--db", target, "restore", damaged);

        Assert.Equal(1, fromInterrupted.Exit);
        Assert.Contains("interrupted backup", fromInterrupted.Error, StringComparison.Ordinal);
        Assert.Equal(1, fromDamaged.Exit);
        Assert.Contains("damaged", fromDamaged.Error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(target));
    }

    [Fact]
    public async Task Restore_keeps_the_data_it_replaces_and_is_refused_while_a_bot_runs_on_it()
    {
        Assert.Equal(0, (await Paperbot.RunAsync("--db", Live, "ingest", RepoPaths.Seeds)).Exit);
        Assert.Equal(0, (await Paperbot.RunAsync("--db", Live, "backup", Backup)).Exit);
        var notEmpty = await Paperbot.RunAsync("--db", Live, "backup", Backup);
        Assert.Equal(1, notEmpty.Exit);
        Assert.Contains("is not empty", notEmpty.Error, StringComparison.Ordinal);

        var chat = new ScriptedInput();
        using (var bot = TerminalHost.Build(Live, chat, new StringWriter()))
        {
            await bot.StartAsync();
            var refused = await Paperbot.RunAsync("--db", Live, "restore", Backup);
            Assert.Equal(1, refused.Exit);
            Assert.Contains("stop it before restoring", refused.Error, StringComparison.Ordinal);
            chat.End();
            await bot.StopAsync();
        }

        var restored = await Paperbot.RunAsync("--db", Live, "restore", Backup);

        Assert.True(restored.Exit == 0, restored.Error);
        var aside = Assert.Single(Directory.GetDirectories(Path.GetDirectoryName(Live)!, "paperbot.db.before-restore-*"));
        Assert.True(File.Exists(Path.Combine(aside, "paperbot.db")));
        Assert.Contains(aside, restored.Out, StringComparison.Ordinal);
    }
}
