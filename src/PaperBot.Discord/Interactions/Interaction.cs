using System.Globalization;
using System.Text.Json;
using PaperBot.Core.Chat;
using PaperBot.Core.Chat.Inbound;
using PaperBot.Core.Users;

namespace PaperBot.Discord.Interactions;

/// <summary>What PaperBot reads of an INTERACTION_CREATE: who, where, and what they did.</summary>
internal sealed record Interaction(
    ulong Id,
    string Token,
    InteractionType Type,
    Requester Requester,
    Conversation Conversation,
    JsonElement Data,
    JsonElement? Message)
{
    // Bits of a member's permissions string (Discord: Permissions): Administrator and Manage Channels.
    private const ulong Administrator = 1UL << 3;
    private const ulong ManageChannels = 1UL << 4;

    /// <summary>Whether the message a component sits on is visible only to the requester.</summary>
    public bool OnEphemeralMessage => Message is { } message && message.TryGetProperty("flags", out var flags) && flags.ValueKind == JsonValueKind.Number && (flags.GetInt32() & 64) != 0;

    public string? MessageId => Message is { } message && message.TryGetProperty("id", out var id) ? id.GetString() : null;

    /// <summary>Reads an interaction. A guild interaction names its person in <c>member.user</c>, a DM one in <c>user</c>.
    /// Returns false, with the reason, for a payload that is not one.</summary>
    public static bool TryRead(JsonElement payload, string identityScope, out Interaction interaction, out string problem)
    {
        interaction = null!;
        problem = "";
        try
        {
            var guild = payload.TryGetProperty("guild_id", out var g) && g.ValueKind == JsonValueKind.String ? g.GetString()! : null;
            var member = payload.TryGetProperty("member", out var m) ? m : (JsonElement?)null;
            var user = member is { } mem && mem.TryGetProperty("user", out var memberUser) ? memberUser : payload.GetProperty("user");
            var channel = payload.TryGetProperty("channel_id", out var c) ? c.GetString() ?? "" : "";
            var permissions = member is { } withPermissions && withPermissions.TryGetProperty("permissions", out var p) && ulong.TryParse(p.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? bits : 0UL;
            var facts = new RequesterFacts(
                DisplayName(user),
                // In a DM there is no channel to manage but the person's own.
                CanManageChannel: guild is null || (permissions & (Administrator | ManageChannels)) != 0);
            interaction = new Interaction(
                ulong.Parse(payload.GetProperty("id").GetString()!, NumberStyles.None, CultureInfo.InvariantCulture),
                payload.GetProperty("token").GetString()!,
                (InteractionType)payload.GetProperty("type").GetInt32(),
                new Requester(new UserRef(Platforms.Discord, identityScope, user.GetProperty("id").GetString()!), facts),
                new Conversation(Platforms.Discord, guild ?? DiscordScopes.DirectMessages, channel, IsDirect: guild is null),
                payload.TryGetProperty("data", out var data) ? data.Clone() : default,
                payload.TryGetProperty("message", out var message) ? message.Clone() : null);
            return true;
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException or OverflowException)
        {
            problem = ex.Message;
            return false;
        }
    }

    private static string? DisplayName(JsonElement user) =>
        user.TryGetProperty("global_name", out var global) && global.ValueKind == JsonValueKind.String ? global.GetString()
        : user.TryGetProperty("username", out var name) ? name.GetString() : null;
}

internal enum InteractionType
{
    Ping = 1,
    ApplicationCommand = 2,
    MessageComponent = 3,
    Autocomplete = 4,
    ModalSubmit = 5,
}
