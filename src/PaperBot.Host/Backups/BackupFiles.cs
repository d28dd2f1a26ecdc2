using System.Security.Cryptography;

namespace PaperBot.Host.Backups;

/// <summary>File work shared by writing and checking backups.</summary>
internal static class BackupFiles
{
    public static async Task<BackupFile> MeasureAsync(string root, string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 20, useAsync: true);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken);
        return new BackupFile(Path.GetRelativePath(root, path).Replace('\\', '/'), stream.Length, Convert.ToHexStringLower(hash));
    }

    /// <summary>Writes a small file so that it is either all there under its name, or not there.</summary>
    public static async Task WriteAtomicallyAsync(string path, string text, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await using (var writer = new StreamWriter(stream))
                await writer.WriteAsync(text.AsMemory(), cancellationToken);
        }
        File.Move(temporary, path, overwrite: true);
    }

    public static bool IsEmptyOrMissing(string folder) =>
        !Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any();
}
