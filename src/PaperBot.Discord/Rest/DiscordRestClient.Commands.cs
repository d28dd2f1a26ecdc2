using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperBot.Discord.Rest;

public sealed partial class DiscordRestClient
{
    /// <summary>GET /applications/{app}/commands.</summary>
    public Task<IReadOnlyList<ApplicationCommand>> GetGlobalCommandsAsync(ulong applicationId, CancellationToken ct) =>
        CommandsAsync(HttpMethod.Get, "/applications/{application_id}/commands", applicationId, $"/applications/{Id(applicationId)}/commands", null, ct);

    /// <summary>GET /applications/{app}/guilds/{guild}/commands.</summary>
    public Task<IReadOnlyList<ApplicationCommand>> GetGuildCommandsAsync(ulong applicationId, ulong guildId, CancellationToken ct) =>
        CommandsAsync(HttpMethod.Get, "/applications/{application_id}/guilds/{guild_id}/commands", guildId,
            $"/applications/{Id(applicationId)}/guilds/{Id(guildId)}/commands", null, ct);

    /// <summary>PUT /applications/{app}/commands: replaces ALL global commands with <paramref name="commands"/>, a
    /// JSON array of command definitions (use <see cref="JsonNode.Parse(string, JsonNodeOptions?, JsonDocumentOptions)"/> for raw JSON).</summary>
    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGlobalCommandsAsync(ulong applicationId, JsonArray commands, CancellationToken ct) =>
        CommandsAsync(HttpMethod.Put, "/applications/{application_id}/commands", applicationId, $"/applications/{Id(applicationId)}/commands", commands, ct);

    /// <summary>PUT /applications/{app}/guilds/{guild}/commands: replaces ALL of the guild's commands.</summary>
    public Task<IReadOnlyList<ApplicationCommand>> BulkOverwriteGuildCommandsAsync(ulong applicationId, ulong guildId, JsonArray commands, CancellationToken ct) =>
        CommandsAsync(HttpMethod.Put, "/applications/{application_id}/guilds/{guild_id}/commands", guildId,
            $"/applications/{Id(applicationId)}/guilds/{Id(guildId)}/commands", commands, ct);

    private async Task<IReadOnlyList<ApplicationCommand>> CommandsAsync(
        HttpMethod method, string template, ulong major, string path, JsonArray? body, CancellationToken ct)
    {
        var array = await SendAsync<JsonElement>(Route(method, template, Id(major), path), body, ct);
        return array.EnumerateArray().Select(ToCommand).ToList();
    }

    private static ApplicationCommand ToCommand(JsonElement command) => new(
        ulong.Parse(command.GetProperty("id").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
        command.GetProperty("name").GetString()!,
        command.TryGetProperty("type", out var type) ? type.GetInt32() : 1,
        command.TryGetProperty("description", out var description) ? description.GetString() : null,
        command.Clone());
}
