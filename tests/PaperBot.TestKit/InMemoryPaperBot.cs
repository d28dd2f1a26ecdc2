using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PaperBot.Core;
using PaperBot.Core.Digests;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Recommending;
using PaperBot.Core.Search;
using PaperBot.Core.Users;

namespace PaperBot.TestKit;

public static class InMemoryPaperBot
{
    /// <summary>The core over in-memory stand-ins for every port not registered before this call.</summary>
    public static IServiceCollection AddInMemoryPaperBot(this IServiceCollection services)
    {
        services.TryAddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.TryAddSingleton<IPaperStore, InMemoryPaperStore>();
        services.TryAddSingleton<IRatingStore, InMemoryRatingStore>();
        services.TryAddSingleton<IUserStore, InMemoryUserStore>();
        services.TryAddSingleton<ISubscriptionStore>(provider => provider.GetRequiredService<InMemorySubscriptionStore>());
        services.TryAddSingleton<InMemorySubscriptionStore>();
        services.TryAddSingleton<IDigestLedger>(provider => new InMemoryDigestLedger(provider.GetRequiredService<InMemorySubscriptionStore>()));
        services.TryAddSingleton<IChannelAudience, InMemoryChannelAudience>();
        services.TryAddSingleton<IPaperIndex>(provider => new TitleMatchIndex(provider.GetRequiredService<IPaperStore>()));
        services.TryAddSingleton<IRecommender, CatalogueOrderRecommender>();
        services.TryAddSingleton<IFeedStatus, NoFeeds>();
        return services.AddPaperBotCore();
    }

    private sealed class NoFeeds : IFeedStatus
    {
        public Task<IReadOnlyList<string>> DescribeAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<string>>(["No scheduled ingestion in tests."]);
    }
}
