using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperBot.Slack.WebApi;

public sealed partial class SlackWebApiClient
{
    // A user's DM channel never changes, so conversations.open is called once per user.
    private readonly ConcurrentDictionary<string, string> dmChannels = new(StringComparer.Ordinal);

    /// <summary>The DM channel with this user, if it is known without a call.</summary>
    public string? KnownDirectChannel(string userId) => dmChannels.GetValueOrDefault(userId);

    /// <summary>Remembers the DM channel a post to a user id landed in (chat.postMessage answers with it).</summary>
    public void RememberDirectChannel(string userId, string channel) => dmChannels.TryAdd(userId, channel);

    /// <summary>conversations.open for one user: the DM channel id (D…), cached per user.</summary>
    public async Task<string> OpenConversationAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (dmChannels.TryGetValue(userId, out var cached))
        {
            return cached;
        }

        var body = new JsonObject { ["users"] = userId };
        var root = await CallAsync(new SlackCall("conversations.open", () => Json(body)), cancellationToken);
        var id = root.GetProperty("channel").GetProperty("id").GetString()!;
        dmChannels[userId] = id;
        return id;
    }

    /// <summary>
    /// conversations.history, newest first, with message metadata (include_all_metadata=true). <paramref name="oldest"/>
    /// is exclusive. The default limit of 15 is what Slack allows apps outside the Marketplace per call.
    /// </summary>
    public async Task<SlackHistoryPage> ConversationsHistoryAsync(
        string channel,
        string? oldest = null,
        int limit = 15,
        string? cursor = null,
        bool includeAllMetadata = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("channel", channel),
            new("limit", limit.ToString(CultureInfo.InvariantCulture)),
            new("include_all_metadata", includeAllMetadata ? "true" : "false"),
        };
        if (oldest is not null)
        {
            fields.Add(new("oldest", oldest));
        }

        if (cursor is not null)
        {
            fields.Add(new("cursor", cursor));
        }

        var root = await CallFormAsync("conversations.history", fields, cancellationToken);
        var messages = root.TryGetProperty("messages", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(ParseHistoryMessage).ToList()
            : [];
        var hasMore = root.TryGetProperty("has_more", out var more) && more.ValueKind == JsonValueKind.True;
        var next = root.TryGetProperty("response_metadata", out var meta) && meta.TryGetProperty("next_cursor", out var c) && c.GetString() is { Length: > 0 } s
            ? s
            : null;
        return new SlackHistoryPage(messages, hasMore, next);
    }

    /// <summary>conversations.info: who created the channel, whether it is a DM or archived.</summary>
    public async Task<SlackConversationInfo> ConversationsInfoAsync(string channel, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channel);
        var root = await CallFormAsync("conversations.info", [new("channel", channel)], cancellationToken);
        var c = root.GetProperty("channel");
        return new SlackConversationInfo(
            c.GetProperty("id").GetString()!,
            SlackJson.String(c, "creator"),
            SlackJson.Bool(c, "is_im"),
            SlackJson.Bool(c, "is_archived"),
            SlackJson.String(c, "user"));
    }

    internal static SlackHistoryMessage ParseHistoryMessage(JsonElement message)
    {
        SlackMessageMetadata? metadata = null;
        if (message.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object && SlackJson.String(m, "event_type") is { } eventType)
        {
            var payload = m.TryGetProperty("event_payload", out var p) ? JsonNode.Parse(p.GetRawText()) : null;
            metadata = new SlackMessageMetadata(eventType, payload);
        }

        return new SlackHistoryMessage(
            SlackJson.String(message, "ts") ?? "",
            SlackJson.String(message, "text"),
            SlackJson.String(message, "user"),
            SlackJson.String(message, "bot_id"),
            SlackJson.String(message, "subtype"),
            metadata,
            message.Clone());
    }
}
