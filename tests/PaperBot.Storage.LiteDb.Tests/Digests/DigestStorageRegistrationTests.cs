using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PaperBot.Core.Digests;
using PaperBot.Core.Feeds;
using PaperBot.Storage.LiteDb.Digests;
using PaperBot.Storage.LiteDb.Feeds;
using PaperBot.TestKit;
using static PaperBot.Storage.LiteDb.Tests.Digests.DigestSamples;

namespace PaperBot.Storage.LiteDb.Tests.Digests;

public sealed class DigestStorageRegistrationTests
{
    [Fact]
    public async Task The_digest_ports_are_singletons_on_the_one_database()
    {
        using var folder = new TempFolder();
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddLiteDbStorage();
        services.Configure<LiteDbOptions>(o => o.Path = folder.File("bot.db"));
        await using var provider = services.BuildServiceProvider();

        var subscriptions = provider.GetRequiredService<ISubscriptionStore>();
        var ledger = provider.GetRequiredService<IDigestLedger>();

        Assert.IsType<LiteDbSubscriptionStore>(subscriptions);
        Assert.IsType<LiteDbDigestLedger>(ledger);
        Assert.Same(ledger, provider.GetRequiredService<IDigestLedger>());
        Assert.IsType<RecentChannelAudience>(provider.GetRequiredService<IChannelAudience>());
        Assert.Same(provider.GetRequiredService<IChannelAudience>(), provider.GetRequiredService<IChannelAudience>());
        Assert.IsType<LiteDbFeedRunLog>(provider.GetRequiredService<IFeedRunLog>());
        Assert.Same(provider.GetRequiredService<IFeedRunLog>(), provider.GetRequiredService<IFeedRunLog>());
        var subscription = Subscription(Channel(), Now);
        await ledger.CommitDigestAsync(Item(subscription, Now, Attention), [Attention.Id], subscription);
        DigestAssert.Same(subscription, await subscriptions.FindAsync(subscription.Id));
    }
}
