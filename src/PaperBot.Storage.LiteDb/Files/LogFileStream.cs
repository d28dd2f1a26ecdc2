using System.Diagnostics;

namespace PaperBot.Storage.LiteDb.Files;

/// <summary>
/// The write-ahead log, synced as a group commit. LiteDB's writer flushes the log to disk after every burst of pages, which
/// on a slow disk means an fsync every page or two and a tenth of the write speed. Here a flush reaches the operating
/// system at once (safe if the process dies) and the disk within <see cref="SyncInterval"/> (safe if the machine dies a
/// moment later), like SQLite's <c>synchronous=NORMAL</c>.
/// </summary>
internal sealed class LogFileStream : FileStreamWrapper
{
    public static readonly TimeSpan SyncInterval = TimeSpan.FromMilliseconds(100);

    private readonly Lock gate = new();
    private readonly Timer timer;
    private long lastSync;
    private bool pending;
    private bool disposed;

    public LogFileStream(FileStream inner)
        : base(inner) =>
        timer = new Timer(_ => SyncIfPending());

    public override void Flush()
    {
        lock (gate)
        {
            if (disposed)
                return;
            Inner.Flush(flushToDisk: false);
            if (Stopwatch.GetElapsedTime(lastSync) >= SyncInterval)
            {
                Sync();
            }
            else if (!pending)
            {
                pending = true;
                timer.Change(SyncInterval, Timeout.InfiniteTimeSpan);
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (gate)
            {
                if (!disposed)
                {
                    disposed = true;
                    timer.Dispose();
                    Sync();
                }
            }
        }
        base.Dispose(disposing);
    }

    private void SyncIfPending()
    {
        lock (gate)
        {
            if (pending && !disposed)
                Sync();
        }
    }

    private void Sync()
    {
        RandomAccess.FlushToDisk(Inner.SafeFileHandle);
        lastSync = Stopwatch.GetTimestamp();
        pending = false;
    }
}
