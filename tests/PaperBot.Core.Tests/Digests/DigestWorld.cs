using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Chat;
using PaperBot.Core.Digests;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Recommending;
using PaperBot.Core.Search;
using PaperBot.Core.Users;
using PaperBot.TestKit;

namespace PaperBot.Core.Tests.Digests;

/// <summary>The core's digest services over in-memory stores, a recording platform and a clock the test moves.</summary>
public sealed class DigestWorld
{
    public const string Platform = "fake";

    /// <param name="configure">Adds to or replaces the world's services (options, channel members) before the core's defaults.</param>
    public DigestWorld(DateTimeOffset start, Action<IServiceCollection>? configure = null)
    {
        Time = new FakeTimeProvider(start);
        Ledger = new InMemoryDigestLedger(Subscriptions);
        Recommender = new RecordingRecommender(new CatalogueOrderRecommender(Papers, Ratings));
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<IPaperStore>(Papers)
            .AddSingleton<IRatingStore>(Ratings)
            .AddSingleton(Subscriptions)
            .AddSingleton<IDigestLedger>(Ledger)
            .AddSingleton<IChannelAudience>(Audience)
            .AddSingleton<IRecommender>(Recommender)
            .AddSingleton<IChatPlatform>(Chat);
        configure?.Invoke(services);
        var provider = services.AddInMemoryPaperBot().BuildServiceProvider();
        Router = provider.GetRequiredService<CommandRouter>();
        Dispatcher = provider.GetRequiredService<DigestDispatcher>();
        Delivery = provider.GetRequiredService<DigestDelivery>();
    }

    public FakeTimeProvider Time { get; }

    public InMemoryPaperStore Papers { get; } = new();

    public InMemoryRatingStore Ratings { get; } = new();

    public InMemorySubscriptionStore Subscriptions { get; } = new();

    public InMemoryDigestLedger Ledger { get; }

    public InMemoryChannelAudience Audience { get; } = new();

    /// <summary>The catalogue-order stand-in, keeping every ranking request it was asked.</summary>
    public RecordingRecommender Recommender { get; }

    public RecordingChatPlatform Chat { get; } = new(Platform);

    /// <summary>The channel every <see cref="SayAsync"/> outside a DM is typed in.</summary>
    public static Conversation General { get; } = new(Platform, "w", "general", IsDirect: false);

    public static DigestTarget GeneralTarget { get; } = DigestTarget.Channel(Platform, "w", "general");

    public CommandRouter Router { get; }

    public DigestDispatcher Dispatcher { get; }

    public DigestDelivery Delivery { get; }

    public static UserRef Person(string id) => new(Platform, "w", id);

    /// <summary>Adds papers first seen now, as a day's ingest would.</summary>
    public async Task<IReadOnlyList<Paper>> ArriveAsync(int count, string prefix)
    {
        var batch = Enumerable.Range(1, count).Select(i => PaperBuilder.Paper($"{prefix} paper number {i}", firstSeen: Time.GetUtcNow())).ToList();
        await Papers.SaveAsync(batch);
        return batch;
    }

    public ValueTask<Reply> SayAsync(UserRef user, string line, bool inDm = true, bool canManage = false) =>
        Router.SayAsync(user, inDm ? DirectWith(user) : General, new RequesterFacts(user.Id, canManage, null), line);

    public static Conversation DirectWith(UserRef user) => new(Platform, "w", "dm-" + user.Id, IsDirect: true);

    /// <summary>Gives a thumb up on a card, as a click in <paramref name="conversation"/> would.</summary>
    public ValueTask<Reply> RateAsync(UserRef user, Conversation conversation, PaperId paper) =>
        Router.ClickAsync(user, conversation, ActionId.Rate(paper, Thumb.Up));

    /// <summary>One tick of the per-minute job.</summary>
    public async Task RunJobAsync()
    {
        await Dispatcher.DispatchDueAsync();
        await Delivery.DeliverPendingAsync();
    }
}
