using Microsoft.Extensions.Options;
using PaperBot.Recommender;
using PaperBot.Recommender.Model;
using PaperBot.Storage.LiteDb;

namespace PaperBot.Host.Backups;

/// <summary>
/// Writes a backup into an empty folder while the bot goes on serving: a consistent copy of the database, the model in
/// service, and last <c>manifest.json</c> with every file's size and SHA-256. Until the manifest is there the folder
/// holds a file named <c>INCOMPLETE</c>, so a backup killed midway is plainly unusable, and restore refuses it. The
/// search index is not copied: it is rebuilt from the catalogue.
/// </summary>
public sealed class BackupWriter(LiteDbContext database, LiteDbBackup backup, IOptions<RecommenderOptions> recommender, TimeProvider time)
{
    public async Task<BackupManifest> WriteAsync(string destination, CancellationToken cancellationToken)
    {
        if (!BackupFiles.IsEmptyOrMissing(destination))
            throw new BackupException($"{destination} is not empty; give a new or empty folder for the backup.");
        Directory.CreateDirectory(destination);
        var marker = Path.Combine(destination, BackupManifest.IncompleteMarker);
        await File.WriteAllTextAsync(marker, "This backup was interrupted before it was complete; it cannot be restored. Delete this folder.\n", cancellationToken);

        var createdAt = time.GetUtcNow();
        var copy = Path.Combine(destination, BackupManifest.DatabaseFile);
        await using (var file = new FileStream(copy, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 20, useAsync: true))
        {
            await backup.CopyToAsync(file, cancellationToken);
            file.Flush(flushToDisk: true);
        }
        // The copy is read back as a database before it counts: a backup that cannot be opened is no backup.
        var facts = LiteDbBackup.Inspect(copy);
        var modelVersion = ModelFiles.CopyCurrent(recommender.Value.ModelFolder, Path.Combine(destination, BackupManifest.ModelFolder));

        var files = new List<BackupFile>();
        foreach (var path in Directory.EnumerateFiles(destination, "*", SearchOption.AllDirectories).Where(p => p != marker).Order(StringComparer.Ordinal))
            files.Add(await BackupFiles.MeasureAsync(destination, path, cancellationToken));
        var manifest = new BackupManifest(BackupManifest.CurrentFormat, createdAt, database.FilePath, facts, modelVersion, files);
        await BackupFiles.WriteAtomicallyAsync(Path.Combine(destination, BackupManifest.FileName), manifest.ToJson(), cancellationToken);
        File.Delete(marker);
        return manifest;
    }
}
