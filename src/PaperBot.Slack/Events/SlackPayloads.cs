using System.Text.Json;
using System.Text.Json.Nodes;
using PaperBot.Core.Chat;
using PaperBot.Core.Chat.Inbound;
using PaperBot.Core.Users;
using PaperBot.Slack.WebApi;

namespace PaperBot.Slack.Events;

/// <summary>A <c>slash_commands</c> payload, as far as PaperBot reads it.</summary>
internal sealed record SlashCommand(string Team, string Channel, string User, string? UserName, string Command, string Text, Uri? ResponseUrl, bool IsDirect)
{
    public UserRef UserRef => new(Platforms.Slack, Team, User);

    public Conversation Conversation => new(Platforms.Slack, Team, Channel, IsDirect);
}

/// <summary>One clicked button of a <c>block_actions</c> payload.</summary>
/// <param name="Blocks">The blocks of the message the button is on, when Slack sent them.</param>
internal sealed record BlockAction(string Team, string User, string? UserName, string Channel, string? MessageTs, bool OnEphemeral, string ActionId,
    Uri? ResponseUrl, JsonArray? Blocks)
{
    public UserRef UserRef => new(Platforms.Slack, Team, User);

    public Conversation Conversation => new(Platforms.Slack, Team, Channel, SlackPayloads.IsDirect(Channel, null));

    public MessageRef? Message => MessageTs is { } ts ? new MessageRef(Platforms.Slack, Team, Channel, ts) : null;
}

/// <summary>Reads Socket Mode payloads into what the adapter works with; a Slack user belongs to its workspace (team).</summary>
internal static class SlackPayloads
{
    /// <summary>A DM is an IM: Slack's IM ids start with D, and slash commands in one name the channel "directmessage".</summary>
    public static bool IsDirect(string channel, string? channelType) =>
        channel.StartsWith('D') || channelType is "im" or "directmessage";

    public static bool TryReadSlash(JsonElement payload, out SlashCommand command)
    {
        command = null!;
        if (SlackJson.String(payload, "team_id") is not { Length: > 0 } team || SlackJson.String(payload, "channel_id") is not { Length: > 0 } channel
            || SlackJson.String(payload, "user_id") is not { Length: > 0 } user || SlackJson.String(payload, "command") is not { Length: > 0 } name)
            return false;
        command = new SlashCommand(team, channel, user, SlackJson.String(payload, "user_name"), name, SlashText.Decode(SlackJson.String(payload, "text")),
            Url(SlackJson.String(payload, "response_url")), IsDirect(channel, SlackJson.String(payload, "channel_name")));
        return true;
    }

    /// <summary>The first button of a <c>block_actions</c> payload; false for other interactions.</summary>
    public static bool TryReadBlockAction(JsonElement payload, out BlockAction action)
    {
        action = null!;
        if (SlackJson.String(payload, "type") != "block_actions" || !payload.TryGetProperty("user", out var user) || SlackJson.String(user, "id") is not { Length: > 0 } userId
            || !payload.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array || actions.GetArrayLength() == 0)
            return false;
        var team = (payload.TryGetProperty("team", out var t) ? SlackJson.String(t, "id") : null) ?? SlackJson.String(user, "team_id");
        var container = payload.TryGetProperty("container", out var c) ? c : default;
        var channel = (payload.TryGetProperty("channel", out var ch) ? SlackJson.String(ch, "id") : null) ?? SlackJson.String(container, "channel_id");
        if (team is null || channel is null || SlackJson.String(actions[0], "action_id") is not { } actionId)
            return false;
        var message = payload.TryGetProperty("message", out var m) ? m : default;
        var blocks = message.ValueKind == JsonValueKind.Object && message.TryGetProperty("blocks", out var b) && b.ValueKind == JsonValueKind.Array
            ? JsonNode.Parse(b.GetRawText())!.AsArray()
            : null;
        action = new BlockAction(team, userId, SlackJson.String(user, "name") ?? SlackJson.String(user, "username"), channel,
            SlackJson.String(container, "message_ts") ?? SlackJson.String(message, "ts"), SlackJson.Bool(container, "is_ephemeral"), actionId,
            Url(SlackJson.String(payload, "response_url")), blocks);
        return true;
    }

    /// <summary>A <c>reaction_added</c> / <c>reaction_removed</c> on a message, as the core's event; false for anything
    /// else (other events, reactions on files) and for the bot's own reactions (reactions.add echoes them back).</summary>
    public static bool TryReadReaction(JsonElement eventCallback, string? botUserId, out ReactionChanged reaction)
    {
        reaction = null!;
        if (!eventCallback.TryGetProperty("event", out var e) || SlackJson.String(e, "type") is not ("reaction_added" or "reaction_removed")
            || SlackJson.String(e, "user") is not { Length: > 0 } user || user == botUserId
            || !e.TryGetProperty("item", out var item) || SlackJson.String(item, "type") != "message"
            || SlackJson.String(item, "channel") is not { Length: > 0 } channel || SlackJson.String(item, "ts") is not { Length: > 0 } ts)
            return false;
        var team = SlackJson.String(eventCallback, "team_id") ?? SlackJson.String(e, "team");
        if (team is null)
            return false;
        reaction = new ReactionChanged(
            new Requester(new UserRef(Platforms.Slack, team, user), RequesterFacts.None),
            new Conversation(Platforms.Slack, team, channel, IsDirect(channel, null)),
            new MessageRef(Platforms.Slack, team, channel, ts),
            SlackJson.String(e, "reaction") ?? "",
            SlackJson.String(e, "type") == "reaction_added");
        return true;
    }

    private static Uri? Url(string? text) => Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" ? url : null;
}
