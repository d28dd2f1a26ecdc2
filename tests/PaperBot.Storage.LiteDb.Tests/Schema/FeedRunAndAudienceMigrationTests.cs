using Microsoft.Extensions.Logging.Abstractions;
using PaperBot.Core.Feeds;
using PaperBot.Storage.LiteDb.Digests;
using PaperBot.Storage.LiteDb.Feeds;
using PaperBot.Storage.LiteDb.Papers;
using PaperBot.Storage.LiteDb.Schema;
using PaperBot.Storage.LiteDb.Tests.Digests;
using static PaperBot.Storage.LiteDb.Tests.Digests.DigestSamples;

namespace PaperBot.Storage.LiteDb.Tests.Schema;

public sealed class FeedRunAndAudienceMigrationTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task A_version_2_database_migrates_to_version_3_keeping_its_papers_and_subscriptions()
    {
        var subscription = Subscription(Channel(), Now);
        using (var v2 = new LiteDbContext(database.Path, [.. SchemaMigrations.All.Where(m => m.Version <= 2)], NullLogger.Instance))
        {
            Assert.Equal(2, v2.SchemaVersion);
            await new LiteDbPaperStore(v2).SaveAsync([Attention]);
            await new LiteDbSubscriptionStore(v2).SaveAsync(subscription);
            Assert.DoesNotContain("audience", v2.Database.GetCollectionNames());
        }

        var context = database.Context;

        Assert.Equal(3, context.SchemaVersion);
        Assert.Equal(Attention.Title, (await new LiteDbPaperStore(context).FindAsync(Attention.Id))?.Title);
        DigestAssert.Same(subscription, await new LiteDbSubscriptionStore(context).FindAsync(subscription.Id));
        var indexes = context.Database.GetCollection("$indexes").FindAll()
            .Select(i => $"{i["collection"].AsString}.{i["expression"].AsString}")
            .ToHashSet();
        Assert.Superset(new HashSet<string> { "audience.$.Recency", "audience.$.UserKey", "subscriptions.$.DueTicks" }, indexes);
        var audience = new LiteDbChannelAudience(context);
        await audience.RecordAsync(Channel(), Ada, Now);
        Assert.Equal([Ada], await audience.MembersAsync(Channel(), 10));
        var run = new FeedRun("huggingface", Now, Now.AddSeconds(1), true, 3, 3, 0, 0, null);
        await new LiteDbFeedRunLog(context).RecordAsync(run);
        Assert.Equal([run], await new LiteDbFeedRunLog(database.Reopen()).LatestPerSourceAsync());
    }
}
