using System.Globalization;
using System.Text.Json.Nodes;

namespace PaperBot.Benchmarks.Reactions;

/// <summary>MESSAGE_REACTION_ADD as Discord sends it in a guild channel: with the member who reacted.</summary>
public static class ReactionPayloads
{
    public static string Add(string guild, string channel, string message, string user, string emoji) => new JsonObject
    {
        ["user_id"] = user,
        ["channel_id"] = channel,
        ["message_id"] = message,
        ["guild_id"] = guild,
        ["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = user, ["username"] = "reader" + user[^4..], ["global_name"] = "Reader " + user[^4..] },
            ["roles"] = new JsonArray(),
            ["joined_at"] = "2025-01-01T00:00:00.000000+00:00",
        },
        ["emoji"] = new JsonObject { ["id"] = null, ["name"] = emoji },
        ["message_author_id"] = "1100000000000000001",
        ["burst"] = false,
        ["type"] = 0,
    }.ToJsonString();

    /// <summary>Person <paramref name="index"/>'s Discord user id (a snowflake no other benchmark person has).</summary>
    public static string User(int index) => (1_300_000_000_000_000_000UL + (ulong)index).ToString(CultureInfo.InvariantCulture);
}
