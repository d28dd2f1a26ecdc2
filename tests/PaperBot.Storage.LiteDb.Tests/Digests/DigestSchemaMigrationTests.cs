using Microsoft.Extensions.Logging.Abstractions;
using PaperBot.Core.Digests;
using PaperBot.Storage.LiteDb.Digests;
using PaperBot.Storage.LiteDb.Papers;
using PaperBot.Storage.LiteDb.Schema;
using static PaperBot.Storage.LiteDb.Tests.Digests.DigestSamples;

namespace PaperBot.Storage.LiteDb.Tests.Digests;

public sealed class DigestSchemaMigrationTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task A_version_1_database_migrates_to_version_2_keeping_its_papers()
    {
        using (var v1 = new LiteDbContext(database.Path, [.. SchemaMigrations.All.Where(m => m.Version == 1)], NullLogger.Instance))
        {
            Assert.Equal(1, v1.SchemaVersion);
            await new LiteDbPaperStore(v1).SaveAsync([Attention, Bert]);
            Assert.DoesNotContain("subscriptions", v1.Database.GetCollectionNames());
        }

        // Up to version 2 only: this step is what the test is about, and later ones have their own tests.
        using var context = new LiteDbContext(database.Path, [.. SchemaMigrations.All.Where(m => m.Version <= 2)], NullLogger.Instance);

        Assert.Equal(2, context.SchemaVersion);
        var papers = new LiteDbPaperStore(context);
        Assert.Equal(2, await papers.CountAsync());
        Assert.Equal(1, await papers.RevisionAsync());
        Assert.Equal(Bert.Title, (await papers.FindAsync(Bert.Id))?.Title);
        var indexes = context.Database.GetCollection("$indexes").FindAll()
            .Select(i => $"{i["collection"].AsString}.{i["expression"].AsString}")
            .ToHashSet();
        Assert.Superset(
            new HashSet<string>
            {
                "subscriptions.$.DueTicks", "subscriptions.$.OwnerKey", "subscriptions.$.PersonKey", "received.$.TargetKey",
                "outbox.$.PendingTicks", "outbox.$.TargetKey", "messages.$.TargetKey", "papers.$.TitleKey",
            },
            indexes);
        var subscription = Subscription(Channel(), Now);
        Assert.True(await new LiteDbDigestLedger(context).CommitDigestAsync(Item(subscription, Now, Attention), [Attention.Id], subscription));
        Assert.Equal([subscription.Id], (await new LiteDbSubscriptionStore(context).DueAsync(Now, 10)).Select(s => s.Id));
    }
}
