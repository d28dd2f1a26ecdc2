using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core;
using PaperBot.Core.Digests;
using PaperBot.Core.Monitoring;
using PaperBot.Slack.Delivery;
using PaperBot.Slack.Events;
using PaperBot.Slack.Hosting;
using PaperBot.Slack.Http;
using PaperBot.Slack.SocketMode;
using PaperBot.Slack.WebApi;

namespace PaperBot.Slack;

public static class SlackServiceCollectionExtensions
{
    private const string WebApiClientName = "slack-web-api";
    private const string SocketModeClientName = "slack-socket-mode";
    private static readonly TimeSpan LongestRequest = TimeSpan.FromSeconds(15);

    /// <summary>PaperBot on Slack: the Web API client and, in Socket Mode, the Socket Mode client (both on real time:
    /// rate limits, acks and reconnects are the wire's, whatever clock the app runs on), the bot service, commands, clicks
    /// and reactions into the core, and Slack as a delivery platform. <paramref name="selected"/> (the "Slack" section as
    /// configured) says which ways in there are: the socket with an app token, the HTTP endpoint (for the host's listener
    /// to map) with a signing secret. Options come from the "Slack" section, checked at start.</summary>
    public static IServiceCollection AddSlackPlatform(this IServiceCollection services, SlackOptions selected)
    {
        ArgumentNullException.ThrowIfNull(selected);
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section)
            .Validate(o => o.BotToken.StartsWith("xoxb-", StringComparison.Ordinal), "Slack:BotToken must be the bot token (xoxb-…) from the app's OAuth page")
            .Validate(o => o.SocketMode || o.HttpMode, "Slack needs Slack:AppToken (Socket Mode) or Slack:SigningSecret (HTTP mode) beside Slack:BotToken")
            .Validate(o => !o.SocketMode || o.AppToken.StartsWith("xapp-", StringComparison.Ordinal), "Slack:AppToken must be an app-level token (xapp-…) with connections:write")
            .Validate(o => Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var api) && api.Scheme is "https" or "http", "Slack:ApiBaseUrl must be an http(s) URL")
            .Validate(o => o.CommandName.StartsWith('/') && o.CommandName.Length > 1 && !o.CommandName.Contains(' ', StringComparison.Ordinal), "Slack:CommandName must be a slash command such as /papers")
            .Validate(o => o.ChannelManagers is ChannelManagerRule.AdminsAndCreator or ChannelManagerRule.Anyone, "Slack:ChannelManagers must be admins-and-creator or anyone")
            .Validate(o => o.InFlightWindow > TimeSpan.Zero && o.ParallelDeliveries is >= 1 and <= 256, "Slack:InFlightWindow must be positive and Slack:ParallelDeliveries from 1 to 256")
            .ValidateOnStart();
        services.AddPaperBotMetrics();
        services.AddHttpClient(WebApiClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddHttpClient(SocketModeClientName, client => client.Timeout = LongestRequest);
        services.AddSingleton(provider =>
        {
            var slack = provider.GetRequiredService<IOptions<SlackOptions>>().Value;
            // A post times out within the in-flight window, so that reconciling after it sees whatever it did.
            var timeout = slack.InFlightWindow < LongestRequest ? slack.InFlightWindow : LongestRequest;
            return new SlackWebApiClient(slack.BotToken, provider.GetRequiredService<IHttpClientFactory>().CreateClient(WebApiClientName),
                new SlackWebApiOptions { BaseUrl = slack.ApiBase, RequestTimeout = timeout }, TimeProvider.System, provider.GetRequiredService<ILogger<SlackWebApiClient>>(),
                provider.GetRequiredService<PaperBotMetrics>());
        });
        if (selected.SocketMode)
        {
            services.AddSingleton(provider =>
            {
                var slack = provider.GetRequiredService<IOptions<SlackOptions>>().Value;
                return new SlackSocketModeClient(slack.AppToken, provider.GetRequiredService<IHttpClientFactory>().CreateClient(SocketModeClientName),
                    new SlackSocketModeOptions { WebApiBaseUrl = slack.ApiBase }, TimeProvider.System, provider.GetRequiredService<ILogger<SlackSocketModeClient>>(),
                    provider.GetRequiredService<IPlatformConnections>());
            });
        }
        if (selected.HttpMode)
        {
            // Built with the secret now, on the app's clock; handlers get the host's stopping token, not a request's.
            services.AddSingleton(provider => new SlackHttpEndpoint(
                new SlackRequestVerifier(selected.SigningSecret, provider.GetRequiredService<TimeProvider>()),
                provider.GetRequiredService<SlackInbound>(),
                provider.GetService<SlackHttpSettings>() ?? SlackHttpSettings.Default,
                provider.GetRequiredService<ILogger<SlackHttpEndpoint>>(),
                provider.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping));
        }
        services.AddSingleton<SlackIdentity>();
        services.AddSingleton<SlackInbound>();
        services.AddSingleton<SlackFacts>();
        services.AddSingleton<SlashCommandResponder>();
        services.AddSingleton<BlockActionResponder>();
        services.AddSingleton<IChatPlatform, SlackPlatform>();
        services.AddHostedService<SlackBot>();
        return services;
    }
}
