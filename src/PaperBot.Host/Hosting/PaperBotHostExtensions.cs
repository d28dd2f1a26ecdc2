using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PaperBot.Core;
using PaperBot.Core.Digests;
using PaperBot.Core.Users;
using PaperBot.Discord;
using PaperBot.Discord.Hosting;
using PaperBot.Host.Backups;
using PaperBot.Host.Control;
using PaperBot.Host.Http;
using PaperBot.Host.Output;
using PaperBot.Host.Scheduling;
using PaperBot.Host.Terminal;
using PaperBot.Ingestion;
using PaperBot.Ingestion.Feeds;
using PaperBot.Recommender;
using PaperBot.Search;
using PaperBot.Slack;
using PaperBot.Slack.Hosting;
using PaperBot.Storage.LiteDb;

namespace PaperBot.Host.Hosting;

public static class PaperBotHostExtensions
{
    /// <summary>The whole bot: one <c>Add…</c> per project, options bound and validated at start.</summary>
    public static HostApplicationBuilder AddPaperBot(this HostApplicationBuilder builder, HostSettings settings)
    {
        var services = builder.Services;
        services.AddPaperBotCore();
        services.AddLiteDbStorage();
        services.AddLuceneSearch();
        services.AddPaperIngestion();
        services.AddMlNetRecommender();

        services.AddOptions<LiteDbOptions>().BindConfiguration(LiteDbOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.Section)
            .PostConfigure<IOptions<LiteDbOptions>>((search, storage) => search.IndexPath = string.IsNullOrEmpty(search.IndexPath) ? DataPaths.IndexFor(storage.Value.Path) : search.IndexPath);
        services.AddOptions<RecommenderOptions>()
            .PostConfigure<IOptions<LiteDbOptions>>((model, storage) => model.ModelFolder = string.IsNullOrEmpty(model.ModelFolder) ? DataPaths.ModelsFor(storage.Value.Path) : model.ModelFolder);

        services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>((host, shutdown) => host.ShutdownTimeout = shutdown.Value.Timeout);
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.Section).ValidateOnStart();
        services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section);

        // The terminal platform's one person is a member of its every channel, in the chat and on the command line alike.
        services.AddSingleton<IChannelMembers>(new TerminalChannelMembers(UserRef.Terminal(Environment.UserName)));
        services.AddSingleton<CatalogueBootstrapper>();
        services.AddSingleton(new ProgressReporter(CliConsole.OfThisProcess()));
        services.AddSingleton<BackupWriter>();
        if (settings.Interactive)
        {
            // First, so that the database is open and commands beside the bot are served from the start.
            services.AddHostedService<ControlServer>();
            services.AddHostedService<CatalogueStartup>();
            // A Discord token selects Discord, and Slack's bot token with its app token (Socket Mode) or its signing
            // secret (HTTP mode) Slack, both at once if both are set; with neither, the chat is in this terminal.
            var discord = builder.Configuration.GetSection(DiscordOptions.Section).Get<DiscordOptions>() is { Enabled: true } discordOptions ? discordOptions : null;
            var slack = builder.Configuration.GetSection(SlackOptions.Section).Get<SlackOptions>() is { Enabled: true } slackOptions ? slackOptions : null;
            if (discord is not null)
                services.AddDiscordPlatform(discord.PublicKey);
            if (slack is not null)
                services.AddSlackPlatform(slack);
            if (discord is null && slack is null)
                services.AddTerminalChat();
            services.AddPaperBotScheduling(builder.Configuration);
            services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section)
                .Validate(o => !o.Listens || o.Addresses.All(u => Uri.TryCreate(u, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"),
                    "Http:Urls must be http(s) addresses such as http://127.0.0.1:8080, separated by ;")
                .Validate(o => o.Listens || slack is not { SocketMode: false }, "Slack in HTTP mode (Slack:SigningSecret without Slack:AppToken) needs the listener (Http:Enabled or Http:Urls): Slack's requests arrive there")
                .ValidateOnStart();
            if (builder.Configuration.GetSection(HttpOptions.Section).Get<HttpOptions>() is { Listens: true })
            {
                services.AddSingleton<ReadinessProbe>();
                services.AddHostedService<HttpListenerService>();
            }
        }
        else
        {
            // Commands run once; /papers status still says how the running bot's last feeds went, from the database.
            services.AddSingleton<IFeedStatus, FeedRunStatus>();
        }
        return builder;
    }
}
