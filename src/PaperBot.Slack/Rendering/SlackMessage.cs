using System.Text.Json.Nodes;

namespace PaperBot.Slack.Rendering;

/// <summary>A rendered message: the notification fallback <paramref name="Text"/> (always there) and its Block Kit blocks.</summary>
internal sealed record SlackMessage(string Text, JsonArray Blocks)
{
    /// <summary>The body of a response_url post or an ack payload.</summary>
    public JsonObject ResponseBody(bool ephemeral, bool? replaceOriginal = null)
    {
        var body = new JsonObject
        {
            ["response_type"] = ephemeral ? "ephemeral" : "in_channel",
            ["text"] = Text,
            ["blocks"] = Blocks.DeepClone(),
        };
        if (replaceOriginal is { } replace)
            body["replace_original"] = replace;
        return body;
    }
}
