using System.Globalization;
using LiteDB;
using LiteDB.Engine;

namespace PaperBot.Storage.LiteDb.Files;

/// <summary>
/// Opens the data file and its log (<c>NAME-log.EXT</c>, LiteDB's own naming) as exclusive streams and gives them to LiteDB,
/// so that one process owns the database (LiteDB's direct mode would let two processes write the file and corrupt it)
/// and so that we decide when the log is synced (see <see cref="LogFileStream"/>).
/// </summary>
internal sealed class DatabaseFile : IDisposable
{
    // A LiteDB 5 file starts with a page header (32 bytes), this mark, and its file format version.
    private const int MarkOffset = 32;
    private const byte FormatVersion = 8;
    private static readonly byte[] Mark = "** This is a LiteDB file **"u8.ToArray();

    // LiteDB's default. The pragma is kept in the file, so a bot killed during a backup (which sets it to 0) would
    // otherwise start with automatic checkpoints off and a log that only grows.
    private const int CheckpointPages = 1000;

    private readonly DataFileStream data;
    private readonly LogFileStream log;

    private DatabaseFile(DataFileStream data, LogFileStream log, LiteDatabase database)
    {
        this.data = data;
        this.log = log;
        Database = database;
    }

    public LiteDatabase Database { get; }

    public static DatabaseFile Open(string path, BsonMapper mapper)
    {
        var dataFile = OpenExclusive(path, path);
        LogFileStream? log = null;
        try
        {
            EnsureLiteDbOrEmpty(dataFile, path);
            log = new LogFileStream(OpenExclusive(LogPathFor(path), path));
            var data = new DataFileStream(dataFile);
            var database = new LiteDatabase(new SerializedEngine(OpenEngine(data, log, path)), mapper);
            if (database.CheckpointSize != CheckpointPages)
                database.CheckpointSize = CheckpointPages;
            return new DatabaseFile(data, log, database);
        }
        catch
        {
            log?.Dispose();
            dataFile.Dispose();
            throw;
        }
    }

    /// <summary>Opens a copy (a backup) to read only: no log is created and nothing in the file changes.</summary>
    public static LiteDatabase OpenReadOnly(string path)
    {
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            if (file.Length == 0)
                throw NotPaperBot(path, "it is empty");
            EnsureLiteDbOrEmpty(file, path);
        }
        try
        {
            return new LiteDatabase(new LiteEngine(new EngineSettings { Filename = path, ReadOnly = true }));
        }
        catch (LiteException e)
        {
            throw NotPaperBot(path, "LiteDB cannot read it (" + e.Message + ")", e);
        }
    }

    /// <summary>Copies the data file as one committed state while the database stays in use. After a checkpoint, and with
    /// automatic checkpoints off until the copy is done, LiteDB writes new commits to the log only, so the data file holds
    /// exactly what was committed at the checkpoint.</summary>
    public async Task CopyCommittedAsync(Stream destination, CancellationToken cancellationToken)
    {
        Database.CheckpointSize = 0;
        try
        {
            Database.Checkpoint();
            var handle = data.Handle;
            var length = RandomAccess.GetLength(handle);
            var buffer = new byte[1 << 20];
            for (long offset = 0; offset < length;)
            {
                var read = await RandomAccess.ReadAsync(handle, buffer.AsMemory(0, (int)Math.Min(buffer.Length, length - offset)), offset, cancellationToken);
                if (read == 0)
                    break;
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                offset += read;
            }
        }
        finally
        {
            Database.CheckpointSize = CheckpointPages;
        }
    }

    public static StorageException NotPaperBot(string path, string why, Exception? inner = null)
    {
        var message = $"'{path}' is not a PaperBot database: {why}. PaperBot has left it as it is; move it away or give another file with --db.";
        return inner is null ? new StorageException(message) : new StorageException(message, inner);
    }

    public void Dispose()
    {
        // LiteDB checkpoints the log into the data file as it closes; then the streams can go.
        Database.Dispose();
        log.Dispose();
        data.Dispose();
    }

    private static LiteEngine OpenEngine(DataFileStream data, LogFileStream log, string path)
    {
        var settings = new EngineSettings
        {
            DataStream = data,
            LogStream = log,
            // Ordinal: ids sort and compare as the code does (in-memory stores, PaperId equality), case-sensitively.
            Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal),
        };
        try
        {
            return new LiteEngine(settings);
        }
        catch (LiteException e)
        {
            throw NotPaperBot(path, "LiteDB cannot read it (" + e.Message + ")", e);
        }
    }

    public static string LogPathFor(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    private static FileStream OpenExclusive(string file, string databasePath)
    {
        try
        {
            // No buffer: LiteDB writes whole pages, and the log is synced from another thread.
            return new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0, FileOptions.RandomAccess);
        }
        catch (IOException e)
        {
            // Most often the lock another PaperBot holds; the inner message says when it is something else.
            throw new StorageException(
                $"The database '{databasePath}' cannot be opened: {e.Message} If another PaperBot has it in use, stop that one first, or give this one another file with --db.", e);
        }
    }

    /// <summary>Checks the header before LiteDB sees the file: LiteDB takes a short non-LiteDB file for a new database
    /// and crops a longer one to whole pages.</summary>
    private static void EnsureLiteDbOrEmpty(FileStream file, string path)
    {
        if (file.Length == 0)
            return;
        var head = new byte[MarkOffset + Mark.Length + 1];
        var read = RandomAccess.Read(file.SafeFileHandle, head, fileOffset: 0);
        if (read < head.Length || !head.AsSpan(MarkOffset, Mark.Length).SequenceEqual(Mark) || head[^1] != FormatVersion)
            throw NotPaperBot(path, "it is not a LiteDB 5 file");
    }
}
