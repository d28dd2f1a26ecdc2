using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;

namespace PaperBot.Search.Indexing;

/// <summary>Opens the folder that holds the index. An index that cannot be read is not worth keeping: it is a copy of
/// the catalogue, so it is emptied and the host rebuilds it from the store.</summary>
internal static class IndexFolder
{
    public const string RevisionKey = "catalogueRevision";

    /// <summary>Names the fields and analysis the index was written with; change <see cref="Layout"/> whenever they
    /// change, so that an index written by an older PaperBot is rebuilt.</summary>
    public const string LayoutKey = "paperbotLayout";
    public const string Layout = "3";

    /// <summary>The folder's directory and the catalogue revision of its last commit (null when there is no usable
    /// index or the commit recorded none).</summary>
    public static (FSDirectory Directory, long? Revision) Open(string path, ILogger logger)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = Files(path);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
                return (directory, null);
            // Opening a reader reads the commit and every segment's metadata, checksums included.
            using var reader = DirectoryReader.Open(directory);
            return (directory, Revision(reader.IndexCommit.UserData));
        }
        catch (Exception exception) when (exception is IOException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            logger.LogWarning(exception, "The search index in {Path} cannot be read; it is emptied and will be rebuilt.", path);
            directory.Dispose();
            Empty(path);
            return (Files(path), null);
        }
    }

    /// <summary>Memory-mapped (see <see cref="MappedDirectory"/>), except on Windows: there a mapped file cannot be
    /// deleted, and those mappings last until the garbage collector drops them, so emptying a corrupt index could
    /// fail. Positional reads are slower but never hold a file.</summary>
    private static FSDirectory Files(string path) =>
        OperatingSystem.IsWindows() ? new NIOFSDirectory(path) : new MappedDirectory(path);

    /// <summary>The commit's catalogue revision; null for an index written in another layout (fields, analysis),
    /// which must be rebuilt before it can be searched.</summary>
    public static long? Revision(IDictionary<string, string> userData) =>
        userData.TryGetValue(LayoutKey, out var layout) && layout == Layout
        && userData.TryGetValue(RevisionKey, out var text)
        && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var revision)
            ? revision
            : null;

    public static Dictionary<string, string> UserData(long revision) =>
        new(StringComparer.Ordinal) { [RevisionKey] = revision.ToString(CultureInfo.InvariantCulture), [LayoutKey] = Layout };

    /// <summary>Deletes only files named like Lucene's (segments, <c>_0.cfs</c>, <c>write.lock</c>), so a
    /// mistaken <c>IndexPath</c> can never cost anything but an index.</summary>
    private static void Empty(string path)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(path))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith("segments", StringComparison.Ordinal) || name.StartsWith('_') || name == IndexWriter.WRITE_LOCK_NAME)
                File.Delete(file);
        }
    }
}
