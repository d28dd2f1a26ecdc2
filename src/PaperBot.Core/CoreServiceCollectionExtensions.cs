using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PaperBot.Core.Chat;
using PaperBot.Core.Chat.Commands;
using PaperBot.Core.Digests;
using PaperBot.Core.Monitoring;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Search;
using PaperBot.Core.Users;

namespace PaperBot.Core;

public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddPaperBotCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddPaperBotMetrics();
        services.AddSingleton<RatingService>();
        services.AddSingleton<IdentityBook>();
        services.AddSingleton<OptionSuggester>();
        services.AddSingleton<PaperLookup>();
        services.AddSingleton<RatingImporter>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<IndexRebuildStatus>();
        services.AddCommand<SearchCommand>(SearchCommand.Definition);
        services.AddCommand<ShowCommand>(ShowCommand.Definition);
        services.AddCommand<RecommendCommand>(RecommendCommand.Definition);
        services.AddCommand<SubscribeCommand>(SubscribeCommand.Definition);
        services.AddCommand<SettingsCommand>(SettingsCommand.Definition);
        services.AddCommand<UnsubscribeCommand>(UnsubscribeCommand.Definition);
        services.AddCommand<DigestCommand>(DigestCommand.Definition);
        services.AddCommand<StatusCommand>(StatusCommand.Definition);
        services.AddCommand<ExportCommand>(ExportCommand.Definition);
        services.AddCommand<ForgetMeCommand>(ForgetMeCommand.Definition);
        services.AddCommand<HelpCommand>(HelpCommand.Definition);
        services.AddOptions<DigestOptions>();
        services.AddSingleton<DigestCandidates>();
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<DigestDispatcher>();
        services.AddSingleton<DigestDelivery>();
        return services;
    }

    /// <summary>The instruments and the platform connection states, once however many projects ask: each project's
    /// <c>Add…</c> calls this, so that it works on its own as well as in the whole bot.</summary>
    public static IServiceCollection AddPaperBotMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PaperBotMetrics>();
        services.TryAddSingleton<PlatformConnections>();
        services.TryAddSingleton<IPlatformConnections>(provider => provider.GetRequiredService<PlatformConnections>());
        return services;
    }

    /// <summary>Registers a <c>/papers</c> subcommand; its descriptor is registered too, so that help and the
    /// platform registrations can list every command without resolving them.</summary>
    public static IServiceCollection AddCommand<TCommand>(this IServiceCollection services, CommandDescriptor descriptor)
        where TCommand : class, ICommand
    {
        services.AddSingleton<ICommand, TCommand>();
        services.AddSingleton(descriptor);
        return services;
    }
}
