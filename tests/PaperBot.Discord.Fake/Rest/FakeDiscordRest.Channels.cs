using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PaperBot.Discord.Fake.Rest;

public sealed partial class FakeDiscordRest
{
    private readonly Dictionary<ulong, FakeChannel> channels = [];
    private readonly Dictionary<ulong, List<FakeMessage>> messagesByChannel = [];
    private readonly Dictionary<ulong, ulong> dmChannelByUser = [];
    private readonly HashSet<ulong> closedDmUsers = [];
    private readonly Dictionary<(ulong Channel, string Nonce), FakeMessage> messagesByNonce = [];
    private readonly List<FakeReaction> reactions = [];
    private int dmChannelsOpened;

    /// <summary>Adds a guild text channel the bot may post in; returns its id.</summary>
    public ulong CreateGuildChannel()
    {
        var id = snowflakes.Next();
        lock (gate)
        {
            channels[id] = new FakeChannel(id, null);
            messagesByChannel[id] = [];
        }
        return id;
    }

    /// <summary>The channel's messages, oldest first, with their nonces (which the API never returns on reads).</summary>
    public IReadOnlyList<FakeMessage> MessagesIn(ulong channelId)
    {
        lock (gate)
            return messagesByChannel.TryGetValue(channelId, out var list) ? [.. list] : [];
    }

    /// <summary>Every stored message in every channel.</summary>
    public int MessageCount
    {
        get
        {
            lock (gate)
                return messagesByChannel.Values.Sum(list => list.Count);
        }
    }

    public ulong? DmChannelOf(ulong userId)
    {
        lock (gate)
            return dmChannelByUser.TryGetValue(userId, out var id) ? id : null;
    }

    /// <summary>How many distinct DM channels were created (repeat opens return the existing one).</summary>
    public int DmChannelsOpened => Volatile.Read(ref dmChannelsOpened);

    public IReadOnlyList<FakeReaction> Reactions
    {
        get
        {
            lock (gate)
                return [.. reactions];
        }
    }

    private FakeAnswer OpenDm(JsonObject? body)
    {
        if (body?["recipient_id"] is not JsonValue recipient || !ulong.TryParse(recipient.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
            return InvalidForm("recipient_id: This field is required");
        ulong channelId;
        lock (gate)
        {
            if (!dmChannelByUser.TryGetValue(userId, out channelId))
            {
                channelId = snowflakes.Next();
                dmChannelByUser[userId] = channelId;
                channels[channelId] = new FakeChannel(channelId, userId);
                messagesByChannel[channelId] = [];
                dmChannelsOpened++;
            }
        }
        return new(200, new JsonObject
        {
            ["id"] = Id(channelId),
            ["type"] = 1,
            ["last_message_id"] = null,
            ["recipients"] = new JsonArray(new JsonObject { ["id"] = Id(userId), ["username"] = "user" + Id(userId) }),
        });
    }

    private FakeAnswer PostMessage(ulong channelId, JsonObject? body)
    {
        if (body is null)
            return InvalidForm("body: A JSON object is required");
        if (FakeMessageValidator.Problem(body) is { } problem)
            return InvalidForm(problem);
        if (FakeMessageValidator.IsEmpty(body))
            return FakeAnswer.Error(400, 50006, "Cannot send an empty message");
        var nonce = body["nonce"]?.ToJsonString().Trim('"');
        var enforceNonce = body["enforce_nonce"] is JsonValue enforce && enforce.TryGetValue<bool>(out var on) && on;
        var now = Options.Time.GetUtcNow();
        lock (gate)
        {
            if (!channels.TryGetValue(channelId, out var channel))
                return UnknownChannel();
            if (channel.DmRecipientId is { } recipient && closedDmUsers.Contains(recipient))
                return FakeAnswer.Error(403, 50007, "Cannot send messages to this user");
            // Discord: with enforce_nonce, a nonce already used in this channel within the past few minutes
            // returns the message created then, not a second one.
            if (enforceNonce && nonce is not null
                && messagesByNonce.TryGetValue((channelId, nonce), out var earlier)
                && now - earlier.Timestamp < Options.NonceWindow)
            {
                return new(200, ToJson(earlier, includeNonce: true));
            }
            var message = new FakeMessage(
                snowflakes.Next(),
                channelId,
                body["content"]?.GetValue<string>() ?? "",
                (body["embeds"] as JsonArray)?.DeepClone().AsArray() ?? [],
                (body["components"] as JsonArray)?.DeepClone().AsArray() ?? [],
                body["flags"]?.GetValue<int>() ?? 0,
                body["allowed_mentions"]?.DeepClone(),
                nonce,
                now);
            messagesByChannel[channelId].Add(message);
            if (nonce is not null)
                messagesByNonce[(channelId, nonce)] = message;
            return new(200, ToJson(message, includeNonce: true));
        }
    }

    /// <summary>Newest first; <c>before</c> and <c>after</c> are message ids; <c>limit</c> 1–100, default 50.</summary>
    private FakeAnswer ReadMessages(ulong channelId, IQueryCollection query)
    {
        var limit = query.TryGetValue("limit", out var l) ? int.Parse(l.ToString(), CultureInfo.InvariantCulture) : 50;
        if (limit is < 1 or > 100)
            return InvalidForm("limit: int value should be less than or equal to 100.");
        ulong? before = query.TryGetValue("before", out var b) ? Snowflake(b.ToString()) : null;
        ulong? after = query.TryGetValue("after", out var a) ? Snowflake(a.ToString()) : null;
        lock (gate)
        {
            if (!messagesByChannel.TryGetValue(channelId, out var list) || !channels.ContainsKey(channelId))
                return UnknownChannel();
            IEnumerable<FakeMessage> page = list;
            if (before is { } beforeId)
                page = page.Where(m => m.Id < beforeId).OrderByDescending(m => m.Id).Take(limit);
            else if (after is { } afterId)
                page = page.Where(m => m.Id > afterId).OrderBy(m => m.Id).Take(limit).OrderByDescending(m => m.Id);
            else
                page = page.OrderByDescending(m => m.Id).Take(limit);
            return new(200, new JsonArray([.. page.Select(m => (JsonNode)ToJson(m, includeNonce: false))]));
        }
    }

    private FakeAnswer React(ulong channelId, ulong messageId, string encodedEmoji)
    {
        var emoji = Uri.UnescapeDataString(encodedEmoji);
        lock (gate)
        {
            if (!channels.ContainsKey(channelId))
                return UnknownChannel();
            if (!messagesByChannel[channelId].Any(m => m.Id == messageId))
                return FakeAnswer.Error(404, 10008, "Unknown Message");
            var isCustom = emoji.Split(':') is [{ Length: > 0 }, var id] && ulong.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _);
            if (!isCustom && emoji.All(char.IsAscii))
                return FakeAnswer.Error(400, 10014, "Unknown Emoji");
            reactions.Add(new FakeReaction(channelId, messageId, emoji, encodedEmoji));
        }
        return FakeAnswer.NoContent;
    }

    private JsonObject ToJson(FakeMessage message, bool includeNonce)
    {
        var json = new JsonObject
        {
            ["id"] = Id(message.Id),
            ["type"] = 0,
            ["channel_id"] = Id(message.ChannelId),
            ["author"] = BotUser(),
            ["content"] = message.Content,
            ["timestamp"] = message.Timestamp.ToString("O", CultureInfo.InvariantCulture),
            ["embeds"] = message.Embeds.DeepClone(),
            ["components"] = message.Components.DeepClone(),
            ["flags"] = message.Flags,
        };
        if (includeNonce && message.Nonce is not null)
            json["nonce"] = message.Nonce;
        return json;
    }
}
