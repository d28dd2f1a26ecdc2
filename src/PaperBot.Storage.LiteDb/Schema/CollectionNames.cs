namespace PaperBot.Storage.LiteDb.Schema;

internal static class CollectionNames
{
    public const string Papers = "papers";
    public const string Ratings = "ratings";
    public const string Users = "users";
    public const string Meta = "meta";
    public const string Subscriptions = "subscriptions";
    public const string Received = "received";
    public const string Outbox = "outbox";
    public const string Messages = "messages";
    public const string FeedRuns = "feedruns";
    public const string Audience = "audience";
}
