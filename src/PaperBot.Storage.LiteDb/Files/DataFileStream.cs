namespace PaperBot.Storage.LiteDb.Files;

/// <summary>The data file. LiteDB flushes it only where it must be durable (a new file, the end of a checkpoint), so every flush is an fsync.</summary>
internal sealed class DataFileStream(FileStream inner) : FileStreamWrapper(inner)
{
    public override void Flush() => Inner.Flush(flushToDisk: true);
}
