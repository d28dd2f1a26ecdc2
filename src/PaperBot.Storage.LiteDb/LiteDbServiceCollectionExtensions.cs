using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PaperBot.Core.Digests;
using PaperBot.Core.Feeds;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Storage.LiteDb.Digests;
using PaperBot.Storage.LiteDb.Feeds;
using PaperBot.Storage.LiteDb.Papers;
using PaperBot.Storage.LiteDb.Ratings;
using PaperBot.Storage.LiteDb.Users;

namespace PaperBot.Storage.LiteDb;

public static class LiteDbServiceCollectionExtensions
{
    /// <summary>
    /// The LiteDB stores for <see cref="IPaperStore"/>, <see cref="IRatingStore"/>, <see cref="IUserStore"/>,
    /// <see cref="ISubscriptionStore"/>, <see cref="IDigestLedger"/>, <see cref="IChannelAudience"/> and
    /// <see cref="IFeedRunLog"/>, sharing one
    /// <see cref="LiteDbContext"/> that opens the file on first use. The host binds <see cref="LiteDbOptions"/> to the
    /// <see cref="LiteDbOptions.Section"/> section; the path is validated at start.
    /// </summary>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services)
    {
        services.AddOptions<LiteDbOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LiteDbOptions>, LiteDbOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LiteDbContext>();
        services.TryAddSingleton<LiteDbBackup>();
        services.TryAddSingleton<IPaperStore, LiteDbPaperStore>();
        // Thumbs from chat arrive in bursts (reactions); they are committed together, each caller still waiting for its own.
        services.TryAddSingleton<LiteDbRatingStore>();
        services.TryAddSingleton<IRatingStore>(provider => new GroupCommitRatingStore(provider.GetRequiredService<LiteDbRatingStore>()));
        services.TryAddSingleton<IUserStore, LiteDbUserStore>();
        services.TryAddSingleton<ISubscriptionStore, LiteDbSubscriptionStore>();
        services.TryAddSingleton<IDigestLedger, LiteDbDigestLedger>();
        services.TryAddSingleton<LiteDbChannelAudience>();
        services.TryAddSingleton<IChannelAudience>(provider => new RecentChannelAudience(provider.GetRequiredService<LiteDbChannelAudience>()));
        services.TryAddSingleton<IFeedRunLog, LiteDbFeedRunLog>();
        return services;
    }
}
