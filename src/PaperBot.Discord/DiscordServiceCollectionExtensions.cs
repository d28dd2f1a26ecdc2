using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core;
using PaperBot.Core.Digests;
using PaperBot.Core.Monitoring;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Delivery;
using PaperBot.Discord.Gateway;
using PaperBot.Discord.Hosting;
using PaperBot.Discord.Http;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Rest;

namespace PaperBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>PaperBot on Discord: the REST client and the Gateway (both on real time: heartbeats and rate limits are
    /// the wire's, whatever clock the app runs on), the bot service, interactions and reactions into the core, and
    /// Discord as a delivery platform. Options come from the "Discord" section, checked at start.</summary>
    /// <param name="publicKey">The application's public key (<c>Discord:PublicKey</c>), for the HTTP interactions endpoint; none for Gateway only.</param>
    public static IServiceCollection AddDiscordPlatform(this IServiceCollection services, string? publicKey = null)
    {
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section)
            .Validate(o => IsSnowflake(o.ApplicationId), "Discord:ApplicationId must be the application's id (a number) from the Developer Portal")
            .Validate(o => !o.HasDevGuild || IsSnowflake(o.DevGuildId), "Discord:DevGuildId must be a guild id (a number)")
            .Validate(o => Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out var api) && api.Scheme is "https" or "http", "Discord:ApiBaseUrl must be an http(s) URL")
            .Validate(o => o.Shards is >= 1 and <= 1024, "Discord:Shards must be from 1 to 1024")
            .ValidateOnStart();
        services.AddPaperBotMetrics();
        services.AddHttpClient(DiscordRestClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .ConfigureHttpClient((provider, client) => client.Timeout = provider.GetRequiredService<IOptions<DiscordOptions>>().Value.InFlightWindow);
        services.AddSingleton(provider =>
        {
            var discord = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
            return new DiscordRestClient(
                provider.GetRequiredService<IHttpClientFactory>().CreateClient(DiscordRestClient.HttpClientName),
                new DiscordRestOptions { BaseUrl = discord.ApiBaseUrl, Token = discord.Token },
                TimeProvider.System,
                provider.GetRequiredService<ILogger<DiscordRestClient>>(),
                provider.GetRequiredService<PaperBotMetrics>());
        });
        services.AddSingleton(provider =>
        {
            var discord = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
            return new DiscordGatewayClient(discord.Token, new RestGatewayUrlSource(provider.GetRequiredService<DiscordRestClient>()),
                new DiscordGatewayOptions { Shards = discord.Shards }, TimeProvider.System, provider.GetRequiredService<ILogger<DiscordGatewayClient>>(),
                provider.GetRequiredService<IPlatformConnections>());
        });
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<CommandRegistration>();
        services.AddSingleton<IInteractionHandler, InteractionResponder>();
        services.AddSingleton<IChatPlatform, DiscordPlatform>();
        services.AddHostedService<DiscordBot>();
        // With a public key, interactions may also come over HTTP (when the portal names an endpoint URL, they come only there).
        if (!string.IsNullOrWhiteSpace(publicKey))
            services.AddDiscordInteractionsEndpoint(publicKey);
        return services;
    }

    private static bool IsSnowflake(string? id) => ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0;
}
