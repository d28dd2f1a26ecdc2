using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace PaperBot.Discord.Http;

public static class DiscordInteractionsEndpointExtensions
{
    /// <summary>
    /// Maps Discord's HTTP interactions endpoint (POST). Needs <see cref="DiscordInteractionsServiceCollectionExtensions.AddDiscordInteractionsEndpoint"/>
    /// and an <see cref="IInteractionHandler"/> in DI; both are checked here, so a missing registration fails at startup.
    /// </summary>
    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints, string path = "/discord/interactions")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var endpoint = new InteractionsEndpoint(endpoints.ServiceProvider);
        endpoints.MapPost(path, endpoint.HandleAsync).WithDisplayName("Discord interactions");
        return endpoints;
    }
}
