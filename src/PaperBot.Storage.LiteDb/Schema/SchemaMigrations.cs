using LiteDB;
using PaperBot.Storage.LiteDb.Documents;

namespace PaperBot.Storage.LiteDb.Schema;

/// <summary>Every schema step PaperBot knows, oldest first. Append new steps; never edit one that has shipped.</summary>
internal static class SchemaMigrations
{
    public static IReadOnlyList<SchemaMigration> All { get; } =
    [
        new(1, "papers, ratings, users and meta collections with their indexes", CreateCollections),
        new(2, "subscriptions, received, outbox and messages collections for digests", CreateDigestCollections),
        new(3, "feedruns and audience collections for /papers status and channel digests", CreateFeedRunAndAudienceCollections),
    ];

    public static int Latest => All[^1].Version;

    private static void CreateCollections(LiteDatabase database)
    {
        database.GetCollection<PaperDocument>(CollectionNames.Papers).EnsureIndex(d => d.TitleKey);
        var ratings = database.GetCollection<RatingDocument>(CollectionNames.Ratings);
        ratings.EnsureIndex(d => d.UserKey);
        ratings.EnsureIndex(d => d.Paper);
        // Users are found by id alone, so their collection needs no index beyond _id and appears with the first user.
        database.GetCollection<MetaDocument>(CollectionNames.Meta).Upsert(new MetaDocument { Id = MetaDocument.CatalogueId, Revision = 0 });
    }

    private static void CreateDigestCollections(LiteDatabase database)
    {
        var subscriptions = database.GetCollection<SubscriptionDocument>(CollectionNames.Subscriptions);
        subscriptions.EnsureIndex(d => d.DueTicks);
        subscriptions.EnsureIndex(d => d.OwnerKey);
        subscriptions.EnsureIndex(d => d.PersonKey);
        database.GetCollection<ReceivedDocument>(CollectionNames.Received).EnsureIndex(d => d.TargetKey);
        var outbox = database.GetCollection<OutboxDocument>(CollectionNames.Outbox);
        outbox.EnsureIndex(d => d.PendingTicks);
        outbox.EnsureIndex(d => d.TargetKey);
        database.GetCollection<MessageDocument>(CollectionNames.Messages).EnsureIndex(d => d.TargetKey);
    }

    private static void CreateFeedRunAndAudienceCollections(LiteDatabase database)
    {
        // Feed runs are found by source, their _id, and are listed whole (one per source), so they need no index;
        // the collection appears with the first run.
        var audience = database.GetCollection<AudienceDocument>(CollectionNames.Audience);
        audience.EnsureIndex(d => d.Recency);
        audience.EnsureIndex(d => d.UserKey);
    }
}
