using System.Globalization;
using LiteDB;
using Microsoft.Extensions.Logging;
using PaperBot.Storage.LiteDb.Documents;
using PaperBot.Storage.LiteDb.Files;

namespace PaperBot.Storage.LiteDb.Schema;

/// <summary>Brings a freshly opened database up to the newest schema, refusing files that are not ours or are newer than this code.</summary>
internal static class SchemaMigrator
{
    public static int Migrate(LiteDatabase database, string path, IReadOnlyList<SchemaMigration> migrations, ILogger logger)
    {
        var meta = database.GetCollection<MetaDocument>(CollectionNames.Meta);
        var stored = meta.FindById(MetaDocument.SchemaId)?.Version ?? 0;
        var latest = migrations.Max(m => m.Version);
        if (stored == 0 && database.GetCollectionNames().Any())
            throw DatabaseFile.NotPaperBot(path, "it is a LiteDB file with other collections and no PaperBot schema version");
        if (stored == 0 && database.Collation.SortOptions != CompareOptions.Ordinal)
            throw DatabaseFile.NotPaperBot(path, $"it is a LiteDB file made elsewhere, with collation {database.Collation}");
        if (stored > latest)
        {
            throw new StorageException(
                $"The database '{path}' has schema version {stored}, but this PaperBot knows versions up to {latest}. " +
                "It was written by a newer PaperBot: run that version, or give this one another file with --db.");
        }

        foreach (var migration in migrations.Where(m => m.Version > stored).OrderBy(m => m.Version))
        {
            LiteTransaction.Run(database, () =>
            {
                migration.Apply(database);
                meta.Upsert(new MetaDocument { Id = MetaDocument.SchemaId, Version = migration.Version });
                return migration.Version;
            });
            logger.LogInformation("Database {Path}: schema version {Version} ({Description})", path, migration.Version, migration.Description);
            stored = migration.Version;
        }
        return stored;
    }
}
