using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core.Monitoring;

namespace PaperBot.Discord.Rest;

public static class DiscordRestServiceCollectionExtensions
{
    /// <summary>Registers <see cref="DiscordRestClient"/> as a singleton over a named HttpClient. A singleton because
    /// the rate-limit buckets and the DM cache must be shared by every caller; the pooled connections are recycled
    /// by <see cref="SocketsHttpHandler.PooledConnectionLifetime"/>, so holding one HttpClient stays DNS-safe.</summary>
    public static IServiceCollection AddDiscordRestClient(this IServiceCollection services, Action<DiscordRestOptions> configure)
    {
        services.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(DiscordRestClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .ConfigureHttpClient(client => client.Timeout = TimeSpan.FromSeconds(30));
        services.TryAddSingleton(sp => new DiscordRestClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(DiscordRestClient.HttpClientName),
            sp.GetRequiredService<IOptions<DiscordRestOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DiscordRestClient>>(),
            sp.GetService<PaperBotMetrics>()));
        return services;
    }
}
