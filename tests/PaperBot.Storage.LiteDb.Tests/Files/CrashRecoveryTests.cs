using System.Diagnostics;
using PaperBot.Storage.LiteDb.Papers;
using PaperBot.TestKit;
using static PaperBot.TestKit.PaperBuilder;

namespace PaperBot.Storage.LiteDb.Tests.Files;

/// <summary>A committed save lives in the log until LiteDB checkpoints it; a copy of the files taken while the database is
/// open, as a crash would leave them, must open with the save in it.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly TempDatabase database = new();
    private readonly TempFolder copies = new();

    public void Dispose()
    {
        database.Dispose();
        copies.Dispose();
    }

    [Fact]
    public async Task Saves_still_in_the_log_are_replayed_when_the_files_are_opened_after_a_crash()
    {
        var store = new LiteDbPaperStore(database.Context);
        await store.SaveAsync(Enumerable.Range(0, 300).Select(i => Paper($"Paper {i}")).ToList());
        var revision = await store.SaveAsync([Paper("Last")]);

        // LiteDB's writer thread puts committed pages in the log shortly after the commit returns; allow it that moment.
        var deadline = Stopwatch.StartNew();
        var attempt = 0;
        var recovered = await OpenCrashCopyAsync(++attempt);
        while (recovered != (301, revision) && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
            recovered = await OpenCrashCopyAsync(++attempt);
        }

        Assert.Equal((301, revision), recovered);
        Assert.True(new FileInfo(Path.Combine(database.Folder.Path, "paperbot-log.db")).Length > 0, "the saves were checkpointed, not replayed");
    }

    private async Task<(int Count, long Revision)> OpenCrashCopyAsync(int attempt)
    {
        var folder = Directory.CreateDirectory(Path.Combine(copies.Path, attempt.ToString(System.Globalization.CultureInfo.InvariantCulture))).FullName;
        // cp does not take the advisory lock PaperBot holds, as a crash would not wait for it either.
        foreach (var file in new[] { "paperbot.db", "paperbot-log.db" })
        {
            using var copy = Process.Start("cp", [Path.Combine(database.Folder.Path, file), Path.Combine(folder, file)]);
            await copy.WaitForExitAsync();
            Assert.Equal(0, copy.ExitCode);
        }
        using var context = TempDatabase.Open(Path.Combine(folder, "paperbot.db"));
        var store = new LiteDbPaperStore(context);
        return (await store.CountAsync(), await store.RevisionAsync());
    }
}
