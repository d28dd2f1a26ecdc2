using System.Text.Json.Nodes;
using PaperBot.Discord.Rest.RateLimits;
using PaperBot.Discord.Rest.Wire;

namespace PaperBot.Discord.Rest;

public sealed partial class DiscordRestClient
{
    /// <summary>POST /interactions/{id}/{token}/callback (204). Must arrive within 3 s of the interaction; not bound
    /// by the global limit. <paramref name="data"/> is the message for types 4 and 7 (or flags for 5).</summary>
    public Task CreateInteractionResponseAsync(
        ulong interactionId, string interactionToken, InteractionCallbackType type, OutgoingMessage? data, CancellationToken ct) =>
        CallbackAsync(interactionId, interactionToken, new WireInteractionResponse((int)type, data is null ? null : WireMessageBody.From(data)), ct);

    /// <summary>The same callback with raw JSON data, for autocomplete choices (type 8) or a modal (type 9).</summary>
    public Task CreateInteractionResponseRawAsync(
        ulong interactionId, string interactionToken, InteractionCallbackType type, JsonNode? data, CancellationToken ct) =>
        CallbackAsync(interactionId, interactionToken, new WireInteractionResponse((int)type, data), ct);

    /// <summary>PATCH /webhooks/{app}/{token}/messages/@original: fills in a deferred response.</summary>
    public async Task<DiscordMessage> EditOriginalInteractionResponseAsync(
        ulong applicationId, string interactionToken, OutgoingMessage message, CancellationToken ct)
    {
        var wire = await SendAsync<WireMessage>(
            WebhookRoute(HttpMethod.Patch, "/webhooks/{application_id}/{token}/messages/@original", applicationId, interactionToken, "/messages/@original"),
            WireMessageBody.From(message), ct);
        return wire.ToMessage();
    }

    /// <summary>POST /webhooks/{app}/{token}: a further message for the interaction (up to 15 minutes).</summary>
    public async Task<DiscordMessage> CreateFollowupAsync(
        ulong applicationId, string interactionToken, OutgoingMessage message, CancellationToken ct)
    {
        var wire = await SendAsync<WireMessage>(
            WebhookRoute(HttpMethod.Post, "/webhooks/{application_id}/{token}", applicationId, interactionToken, ""),
            WireMessageBody.From(message), ct);
        return wire.ToMessage();
    }

    private Task CallbackAsync(ulong interactionId, string interactionToken, WireInteractionResponse body, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(interactionToken);
        var token = Uri.EscapeDataString(interactionToken);
        return SendNoContentAsync(
            Route(HttpMethod.Post, "/interactions/{interaction_id}/{token}/callback", Id(interactionId) + "/" + token,
                $"/interactions/{Id(interactionId)}/{token}/callback"),
            body, ct);
    }

    /// <summary>Webhook buckets are per webhook id plus token (Rate Limits page).</summary>
    private static DiscordRoute WebhookRoute(HttpMethod method, string template, ulong applicationId, string interactionToken, string suffix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(interactionToken);
        var token = Uri.EscapeDataString(interactionToken);
        return Route(method, template, Id(applicationId) + "/" + token, $"/webhooks/{Id(applicationId)}/{token}{suffix}");
    }
}
