namespace PaperBot.Storage.LiteDb;

/// <summary>The database file cannot be used: not a PaperBot database, too new a schema, or in use by another process.
/// The message names the file and says what to do.</summary>
public sealed class StorageException : InvalidOperationException
{
    public StorageException()
    {
    }

    public StorageException(string message)
        : base(message)
    {
    }

    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
