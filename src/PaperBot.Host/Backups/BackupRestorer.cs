using System.Globalization;
using System.Text.Json;
using PaperBot.Recommender.Model;
using PaperBot.Storage.LiteDb;

namespace PaperBot.Host.Backups;

/// <summary>Where restored data goes: the database file, the model folder, and the search index (rebuilt, not restored).</summary>
public sealed record RestoreTarget(string DatabasePath, string ModelFolder, string IndexFolder);

/// <summary>What a restore did: the backup it restored, and where the data it replaced was put.</summary>
public sealed record RestoreResult(BackupManifest Manifest, string? PreviousDataFolder);

/// <summary>
/// Restores a backup after checking all of it: the manifest, every file's size and SHA-256, and the database copy read
/// back. Data already at the target is moved aside into a folder of its own, never deleted; a target in use by another
/// process is refused.
/// </summary>
public static class BackupRestorer
{
    public static async Task<RestoreResult> RestoreAsync(string source, RestoreTarget target, TimeProvider time, CancellationToken cancellationToken)
    {
        var manifest = await CheckAsync(source, cancellationToken);
        EnsureNotInUse(target.DatabasePath);
        var previous = MoveAside(target, time.GetUtcNow());

        var incoming = target.DatabasePath + ".restoring";
        Directory.CreateDirectory(Path.GetDirectoryName(target.DatabasePath)!);
        File.Copy(Path.Combine(source, BackupManifest.DatabaseFile), incoming, overwrite: true);
        File.Move(incoming, target.DatabasePath);
        if (manifest.ModelVersion is not null)
            ModelFiles.CopyCurrent(Path.Combine(source, BackupManifest.ModelFolder), target.ModelFolder);
        return new RestoreResult(manifest, previous);
    }

    /// <summary>Checks a backup folder end to end; throws a <see cref="BackupException"/> saying what is wrong.</summary>
    public static async Task<BackupManifest> CheckAsync(string source, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(source))
            throw new BackupException($"{source} does not exist.");
        var manifestPath = Path.Combine(source, BackupManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            throw new BackupException(File.Exists(Path.Combine(source, BackupManifest.IncompleteMarker))
                ? $"{source} is an interrupted backup (it has no {BackupManifest.FileName}); it cannot be restored."
                : $"{source} is not a PaperBot backup: it has no {BackupManifest.FileName}.");
        }
        BackupManifest manifest;
        try
        {
            manifest = BackupManifest.FromJson(await File.ReadAllTextAsync(manifestPath, cancellationToken))
                ?? throw new BackupException($"{manifestPath} is empty.");
        }
        catch (JsonException e)
        {
            throw new BackupException($"{manifestPath} cannot be read: {e.Message}");
        }
        if (manifest.Format > BackupManifest.CurrentFormat)
            throw new BackupException($"{source} was made by a newer PaperBot (backup format {manifest.Format}); this one reads format {BackupManifest.CurrentFormat}.");
        if (manifest.Files is null || !manifest.Files.Any(f => f.Path == BackupManifest.DatabaseFile))
            throw new BackupException($"{manifestPath} lists no {BackupManifest.DatabaseFile}; the backup is damaged.");
        foreach (var expected in manifest.Files)
        {
            var path = Path.GetFullPath(Path.Combine(source, expected.Path));
            if (!path.StartsWith(Path.GetFullPath(source), StringComparison.Ordinal) || !File.Exists(path))
                throw new BackupException($"{source}: {expected.Path} is missing; the backup is damaged.");
            var actual = await BackupFiles.MeasureAsync(source, path, cancellationToken);
            if (actual.Bytes != expected.Bytes || actual.Sha256 != expected.Sha256)
                throw new BackupException($"{source}: {expected.Path} is not the file that was backed up (size or SHA-256 differs); the backup is damaged.");
        }
        var facts = LiteDbBackup.Inspect(Path.Combine(source, BackupManifest.DatabaseFile));
        if (facts.SchemaVersion > LiteDbBackup.CurrentSchemaVersion)
            throw new BackupException($"{source} holds schema version {facts.SchemaVersion}, from a newer PaperBot; this one knows up to {LiteDbBackup.CurrentSchemaVersion}.");
        if (facts != manifest.Database)
            throw new BackupException($"{source}: the database holds other counts than its manifest says; the backup is damaged.");
        return manifest;
    }

    /// <summary>The database files are opened exclusively for a moment: a process that has them open keeps them.</summary>
    private static void EnsureNotInUse(string databasePath)
    {
        foreach (var file in LiteDbBackup.FilesOf(databasePath).Where(File.Exists))
        {
            try
            {
                using var _ = new FileStream(file, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e)
            {
                throw new BackupException($"{file} is in use ({e.Message}); stop the PaperBot using it before restoring over it.");
            }
        }
    }

    /// <summary>Moves the data being replaced into <c>NAME.before-restore-STAMP</c> beside the database; the index is
    /// deleted, since the bot rebuilds it from the restored catalogue.</summary>
    private static string? MoveAside(RestoreTarget target, DateTimeOffset now)
    {
        var existing = LiteDbBackup.FilesOf(target.DatabasePath).Where(File.Exists).ToList();
        var models = Directory.Exists(target.ModelFolder) && !BackupFiles.IsEmptyOrMissing(target.ModelFolder);
        if (existing.Count == 0 && !models)
        {
            if (Directory.Exists(target.IndexFolder))
                Directory.Delete(target.IndexFolder, recursive: true);
            return null;
        }
        var aside = $"{target.DatabasePath}.before-restore-{now.UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}";
        Directory.CreateDirectory(aside);
        foreach (var file in existing)
            File.Move(file, Path.Combine(aside, Path.GetFileName(file)));
        if (models)
            Directory.Move(target.ModelFolder, Path.Combine(aside, Path.GetFileName(Path.TrimEndingDirectorySeparator(target.ModelFolder))));
        if (Directory.Exists(target.IndexFolder))
            Directory.Delete(target.IndexFolder, recursive: true);
        return aside;
    }
}
