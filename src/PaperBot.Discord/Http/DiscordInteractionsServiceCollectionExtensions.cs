using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace PaperBot.Discord.Http;

public static class DiscordInteractionsServiceCollectionExtensions
{
    /// <summary>
    /// Registers what <see cref="DiscordInteractionsEndpointExtensions.MapDiscordInteractions"/> needs: the
    /// <see cref="Ed25519RequestVerifier"/> for <paramref name="publicKeyHex"/> (built now, so a bad
    /// <c>Discord:PublicKey</c> fails at startup) and the <see cref="InteractionWorkTracker"/>, also as a hosted
    /// service so stopping the host waits for in-flight handlers. The <see cref="IInteractionHandler"/> is the caller's.
    /// </summary>
    public static IServiceCollection AddDiscordInteractionsEndpoint(
        this IServiceCollection services,
        string publicKeyHex,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(new Ed25519RequestVerifier(publicKeyHex, timeProvider));
        services.TryAddSingleton<InteractionWorkTracker>();
        services.AddHostedService(provider => provider.GetRequiredService<InteractionWorkTracker>());
        return services;
    }
}
