using LiteDB;

namespace PaperBot.Storage.LiteDb.Schema;

/// <summary>One step of the schema. It runs once, inside a transaction that also records <paramref name="Version"/>.</summary>
internal sealed record SchemaMigration(int Version, string Description, Action<LiteDatabase> Apply);
