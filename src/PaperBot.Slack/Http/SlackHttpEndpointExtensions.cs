using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PaperBot.Slack.Http;

public static class SlackHttpEndpointExtensions
{
    public const string DefaultPath = "/slack/events";

    /// <summary>Maps Slack's request URL (POST): the Events API, slash commands and interactivity all go to this one path.
    /// Needs the <see cref="SlackHttpEndpoint"/> that <see cref="SlackServiceCollectionExtensions.AddSlackPlatform"/>
    /// registers when <c>Slack:SigningSecret</c> is set; checked here, so a missing registration fails at startup.</summary>
    public static IEndpointRouteBuilder MapSlackRequests(this IEndpointRouteBuilder endpoints, string path = DefaultPath)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var endpoint = endpoints.ServiceProvider.GetService<SlackHttpEndpoint>()
            ?? throw new InvalidOperationException($"No {nameof(SlackHttpEndpoint)} is registered; set {SlackRequestVerifier.SigningSecretSetting} so that AddSlackPlatform adds it.");
        endpoints.MapPost(path, endpoint.HandleAsync).WithDisplayName("Slack requests");
        return endpoints;
    }
}
