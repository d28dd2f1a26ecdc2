using System.Text.Json;
using PaperBot.Core.Chat;
using PaperBot.Core.Chat.Inbound;
using PaperBot.Core.Users;
using PaperBot.Discord.Interactions;

namespace PaperBot.Discord.Reactions;

/// <summary>Reads MESSAGE_REACTION_ADD and _REMOVE as the core's <see cref="ReactionChanged"/>. A DM reaction has no
/// guild and no member; a removal never has a member.</summary>
internal static class ReactionEvents
{
    public const string Added = "MESSAGE_REACTION_ADD";
    public const string Removed = "MESSAGE_REACTION_REMOVE";

    /// <summary>False for a payload that is not a reaction, and for the bot's own reactions (Discord echoes them back).</summary>
    public static bool TryRead(string type, JsonElement data, string identityScope, string? botUserId, out ReactionChanged reaction)
    {
        reaction = null!;
        if (type is not (Added or Removed) || data.ValueKind != JsonValueKind.Object
            || Text(data, "user_id") is not { } user || Text(data, "channel_id") is not { } channel || Text(data, "message_id") is not { } message)
            return false;
        if (user == botUserId || !data.TryGetProperty("emoji", out var emoji) || emoji.ValueKind != JsonValueKind.Object)
            return false;
        // A custom emoji whose data is gone has no name; it is read, and is no thumb.
        var name = Text(emoji, "name") ?? "";
        var guild = Text(data, "guild_id");
        var scope = guild ?? DiscordScopes.DirectMessages;
        var facts = data.TryGetProperty("member", out var member) && member.TryGetProperty("user", out var memberUser)
            ? new RequesterFacts(Text(memberUser, "global_name") ?? Text(memberUser, "username"))
            : RequesterFacts.None;
        reaction = new ReactionChanged(
            new Requester(new UserRef(Platforms.Discord, identityScope, user), facts),
            new Conversation(Platforms.Discord, scope, channel, IsDirect: guild is null),
            new MessageRef(Platforms.Discord, scope, channel, message),
            name,
            type == Added);
        return true;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
