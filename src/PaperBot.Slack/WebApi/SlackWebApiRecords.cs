using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperBot.Slack.WebApi;

/// <summary>auth.test: who the bot token belongs to (drop our own reactions by <see cref="UserId"/>).</summary>
public sealed record SlackAuthInfo(string UserId, string TeamId, string? BotId, string? TeamName, string? Url);

/// <summary>The key of a posted message: channel id plus ts.</summary>
public sealed record SlackMessageRef(string Channel, string Ts);

/// <summary>Message metadata, PaperBot's idempotency key: Slack has no other way to recognise our earlier posts.</summary>
public sealed record SlackMessageMetadata(string EventType, JsonNode? EventPayload);

/// <summary>One message from conversations.history; <see cref="Metadata"/> only with include_all_metadata.</summary>
public sealed record SlackHistoryMessage(string Ts, string? Text, string? User, string? BotId, string? Subtype, SlackMessageMetadata? Metadata, JsonElement Raw);

public sealed record SlackHistoryPage(IReadOnlyList<SlackHistoryMessage> Messages, bool HasMore, string? NextCursor);

public sealed record SlackUserInfo(string Id, string? Tz, int? TzOffsetSeconds, bool IsAdmin, bool IsOwner, string? RealName, bool IsBot, bool Deleted);

public sealed record SlackConversationInfo(string Id, string? Creator, bool IsIm, bool IsArchived, string? User);
