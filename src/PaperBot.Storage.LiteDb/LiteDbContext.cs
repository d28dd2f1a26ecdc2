using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Storage.LiteDb.Documents;
using PaperBot.Storage.LiteDb.Files;
using PaperBot.Storage.LiteDb.Schema;

namespace PaperBot.Storage.LiteDb;

/// <summary>
/// The one open database of the process. Opening it creates the folder, opens the file and its log exclusively, checks
/// the file is ours and runs any pending schema migrations; a file that cannot be used is refused with a
/// <see cref="StorageException"/> and left as it was.
/// </summary>
public sealed class LiteDbContext : IDisposable
{
    private readonly DatabaseFile file;

    public LiteDbContext(IOptions<LiteDbOptions> options, ILogger<LiteDbContext> logger)
        : this(options.Value.Path, SchemaMigrations.All, logger)
    {
    }

    internal LiteDbContext(string path, IReadOnlyList<SchemaMigration> migrations, ILogger logger)
    {
        FilePath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        file = DatabaseFile.Open(FilePath, DocumentMapper.Create());
        Database = file.Database;
        try
        {
            SchemaVersion = SchemaMigrator.Migrate(Database, FilePath, migrations, logger);
        }
        catch
        {
            file.Dispose();
            throw;
        }
        Papers = Database.GetCollection<PaperDocument>(CollectionNames.Papers);
        Ratings = Database.GetCollection<RatingDocument>(CollectionNames.Ratings);
        RatingsAsStored = Database.GetCollection(CollectionNames.Ratings);
        Users = Database.GetCollection<UserDocument>(CollectionNames.Users);
        Meta = Database.GetCollection<MetaDocument>(CollectionNames.Meta);
        Subscriptions = Database.GetCollection<SubscriptionDocument>(CollectionNames.Subscriptions);
        Received = Database.GetCollection<ReceivedDocument>(CollectionNames.Received);
        Outbox = Database.GetCollection<OutboxDocument>(CollectionNames.Outbox);
        Messages = Database.GetCollection<MessageDocument>(CollectionNames.Messages);
        FeedRuns = Database.GetCollection<FeedRunDocument>(CollectionNames.FeedRuns);
        Audience = Database.GetCollection<AudienceDocument>(CollectionNames.Audience);
    }

    /// <summary>The database file, as a full path.</summary>
    public string FilePath { get; }

    /// <summary>The schema version of the open file, after migration.</summary>
    public int SchemaVersion { get; }

    internal LiteDatabase Database { get; }

    internal ILiteCollection<PaperDocument> Papers { get; }

    internal ILiteCollection<RatingDocument> Ratings { get; }

    /// <summary>The ratings as BSON documents, for reads that skip the mapper.</summary>
    internal ILiteCollection<BsonDocument> RatingsAsStored { get; }

    internal ILiteCollection<UserDocument> Users { get; }

    internal ILiteCollection<MetaDocument> Meta { get; }

    internal ILiteCollection<SubscriptionDocument> Subscriptions { get; }

    internal ILiteCollection<ReceivedDocument> Received { get; }

    internal ILiteCollection<OutboxDocument> Outbox { get; }

    internal ILiteCollection<MessageDocument> Messages { get; }

    internal ILiteCollection<FeedRunDocument> FeedRuns { get; }

    internal ILiteCollection<AudienceDocument> Audience { get; }

    /// <summary>Runs <paramref name="work"/> in one transaction on the calling thread: all of it is committed, or none.</summary>
    internal T InTransaction<T>(Func<T> work) => LiteTransaction.Run(Database, work);

    /// <summary>Writes the database as one committed state to <paramref name="destination"/>, while it stays in use.</summary>
    internal Task CopyCommittedAsync(Stream destination, CancellationToken cancellationToken) => file.CopyCommittedAsync(destination, cancellationToken);

    public void Dispose() => file.Dispose();
}
