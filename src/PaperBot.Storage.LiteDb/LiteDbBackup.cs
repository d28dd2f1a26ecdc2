using LiteDB;
using PaperBot.Storage.LiteDb.Documents;
using PaperBot.Storage.LiteDb.Files;
using PaperBot.Storage.LiteDb.Schema;

namespace PaperBot.Storage.LiteDb;

/// <summary>What a database copy holds, read from the copy itself: its schema version and how many of each thing.</summary>
public sealed record DatabaseFacts(int SchemaVersion, long Papers, long Ratings, long Users, long Subscriptions);

/// <summary>Consistent copies of the open database for backups, taken while the bot goes on reading and writing.</summary>
public sealed class LiteDbBackup(LiteDbContext context) : IDisposable
{
    // One copy at a time: each turns automatic checkpoints off and back on.
    private readonly SemaphoreSlim one = new(1, 1);

    /// <summary>The schema version this build writes; a copy of a newer one cannot be restored by it.</summary>
    public static int CurrentSchemaVersion { get; } = SchemaMigrations.All.Max(m => m.Version);

    public async Task CopyToAsync(Stream destination, CancellationToken cancellationToken)
    {
        await one.WaitAsync(cancellationToken);
        try
        {
            await context.CopyCommittedAsync(destination, cancellationToken);
        }
        finally
        {
            one.Release();
        }
    }

    /// <summary>The files one database is made of: the data file and its log, which may hold commits not yet checkpointed.</summary>
    public static IReadOnlyList<string> FilesOf(string databasePath) => [databasePath, DatabaseFile.LogPathFor(databasePath)];

    public void Dispose() => one.Dispose();

    /// <summary>Reads a copy without changing it; a file that is not a PaperBot database throws a <see cref="StorageException"/>.</summary>
    public static DatabaseFacts Inspect(string path)
    {
        using var database = DatabaseFile.OpenReadOnly(path);
        var schema = database.GetCollection(CollectionNames.Meta).FindById(MetaDocument.SchemaId);
        if (schema is null)
            throw DatabaseFile.NotPaperBot(path, "it has no PaperBot schema version");
        long Count(string name) => database.CollectionExists(name) ? database.GetCollection(name).LongCount() : 0;
        return new DatabaseFacts(
            schema[nameof(MetaDocument.Version)].AsInt32,
            Count(CollectionNames.Papers),
            Count(CollectionNames.Ratings),
            Count(CollectionNames.Users),
            Count(CollectionNames.Subscriptions));
    }
}
