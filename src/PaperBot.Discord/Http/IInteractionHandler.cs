using System.Text.Json;

namespace PaperBot.Discord.Http;

/// <summary>
/// Handles one INTERACTION_CREATE, from the Gateway or from the HTTP endpoint; it answers through the REST
/// callback endpoint within 3 s.
/// </summary>
public interface IInteractionHandler
{
    Task HandleAsync(JsonElement interaction, CancellationToken cancellationToken = default);
}
