using Microsoft.Extensions.Logging.Abstractions;
using PaperBot.Storage.LiteDb.Schema;
using PaperBot.TestKit;

namespace PaperBot.Storage.LiteDb.Tests;

/// <summary>A real database file in a temp folder, opened on first use and reopenable to check what reached the file.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly TempFolder folder = new();
    private LiteDbContext? context;

    public TempDatabase(string fileName = "paperbot.db") => Path = folder.File(fileName);

    public string Path { get; }

    public TempFolder Folder => folder;

    public LiteDbContext Context => context ??= Open(Path);

    /// <summary>Closes the database and opens the file again.</summary>
    public LiteDbContext Reopen()
    {
        Close();
        return Context;
    }

    /// <summary>Closes the database and leaves the file, for other readers.</summary>
    public void Close()
    {
        context?.Dispose();
        context = null;
    }

    public static LiteDbContext Open(string path) => new(path, SchemaMigrations.All, NullLogger.Instance);

    public void Dispose()
    {
        context?.Dispose();
        folder.Dispose();
    }
}
