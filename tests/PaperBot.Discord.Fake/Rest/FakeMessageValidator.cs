using System.Text.Json.Nodes;

namespace PaperBot.Discord.Fake.Rest;

/// <summary>Discord's documented message limits; a violation is a 400 with code 50035 naming the field.</summary>
internal static class FakeMessageValidator
{
    public static string? Problem(JsonObject body)
    {
        if (Text(body["content"]).Length > 2000)
            return "content: Must be 2000 or fewer in length.";
        if (body["nonce"] is { } nonce && nonce.ToJsonString().Trim('"').Length > 25)
            return "nonce: Must be 25 or fewer in length.";
        var embeds = body["embeds"] as JsonArray ?? [];
        if (embeds.Count > 10)
            return "embeds: Must be 10 or fewer in length.";
        var total = 0;
        foreach (var embed in embeds)
        {
            var title = Text(embed?["title"]);
            var description = Text(embed?["description"]);
            if (title.Length > 256)
                return "embeds.title: Must be 256 or fewer in length.";
            if (description.Length > 4096)
                return "embeds.description: Must be 4096 or fewer in length.";
            total += title.Length + description.Length + Text(embed?["footer"]?["text"]).Length + Text(embed?["author"]?["name"]).Length;
            foreach (var field in embed?["fields"] as JsonArray ?? [])
                total += Text(field?["name"]).Length + Text(field?["value"]).Length;
        }
        if (total > 6000)
            return "embeds: Embed size exceeds maximum size of 6000";
        var rows = body["components"] as JsonArray ?? [];
        if (rows.Count > 5)
            return "components: Must be 5 or fewer in length.";
        foreach (var row in rows)
        {
            var buttons = row?["components"] as JsonArray ?? [];
            if (buttons.Count > 5)
                return "components.components: Must be 5 or fewer in length.";
            foreach (var button in buttons)
            {
                if (Text(button?["custom_id"]).Length > 100)
                    return "components.components.custom_id: Must be 100 or fewer in length.";
                if (Text(button?["label"]).Length > 80)
                    return "components.components.label: Must be 80 or fewer in length.";
            }
        }
        return null;
    }

    public static bool IsEmpty(JsonObject body) =>
        Text(body["content"]).Length == 0 && (body["embeds"] as JsonArray ?? []).Count == 0 && (body["components"] as JsonArray ?? []).Count == 0;

    private static string Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : "";
}
