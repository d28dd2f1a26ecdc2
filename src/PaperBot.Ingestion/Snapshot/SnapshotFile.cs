using System.IO.Compression;
using System.Text;

namespace PaperBot.Ingestion.Snapshot;

/// <summary>A local snapshot file, plain or gzip-compressed (<c>.gz</c>), opened without loading it.</summary>
internal static class SnapshotFile
{
    private const int SniffBytes = 64 * 1024;

    /// <summary>Whether <paramref name="location"/> is a local file whose first non-blank line is a snapshot record.
    /// Reads only its first 64 KiB; anything unreadable is left to the ordinary path, which reports it.</summary>
    public static async Task<bool> RecognizesAsync(string location, CancellationToken cancellationToken)
    {
        if (!File.Exists(location))
            return false;
        try
        {
            await using var file = Open(location);
            await using var content = Decompressed(file, location);
            var buffer = new byte[SniffBytes];
            var length = await content.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
            return ArxivSnapshotParser.RecognizesHead(Encoding.UTF8.GetString(buffer, 0, length));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return false;
        }
    }

    public static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public static Stream Decompressed(FileStream file, string path) =>
        path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
}
