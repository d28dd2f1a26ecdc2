using LiteDB;

namespace PaperBot.Storage.LiteDb.Documents;

internal static class DocumentMapper
{
    /// <summary>A mapper of our own: the global one is shared with any other LiteDB user in the process, and its defaults
    /// trim strings and turn empty ones into nulls, which would change what was stored.</summary>
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper
        {
            EmptyStringToNull = false,
            TrimWhitespace = false,
            SerializeNullValues = false,
            EnumAsInteger = true,
        };
        mapper.Entity<PaperDocument>().Id(d => d.Id, autoId: false);
        mapper.Entity<RatingDocument>().Id(d => d.Id, autoId: false);
        mapper.Entity<UserDocument>().Id(d => d.Id, autoId: false);
        mapper.Entity<MetaDocument>().Id(d => d.Id, autoId: false);
        mapper.Entity<SubscriptionDocument>().Id(d => d.Id, autoId: false);
        mapper.Entity<OutboxDocument>().Id(d => d.Id, autoId: false);
        mapper.Entity<ReceivedDocument>().Id(d => d.Id, autoId: false);
        mapper.Entity<MessageDocument>().Id(d => d.Id, autoId: false);
        mapper.Entity<FeedRunDocument>().Id(d => d.Id, autoId: false);
        mapper.Entity<AudienceDocument>().Id(d => d.Id, autoId: false);
        return mapper;
    }
}
