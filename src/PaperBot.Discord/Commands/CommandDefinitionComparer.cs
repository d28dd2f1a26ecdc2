using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaperBot.Discord.Commands;

/// <summary>Whether the commands Discord holds already are the ones PaperBot would register. Discord answers with more
/// than was sent (ids, versions, defaults such as <c>required:false</c> left out), so both sides are reduced to the
/// fields PaperBot sets, with Discord's defaults filled in, before they are compared. A bulk overwrite only when they
/// differ keeps within Discord's 200 command creates a day.</summary>
internal static class CommandDefinitionComparer
{
    private static readonly string[] CommandFields = ["name", "type", "description", "contexts", "integration_types"];

    public static bool Same(JsonArray wanted, IEnumerable<JsonElement> registered)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var have = registered.Select(r => Canonical(JsonNode.Parse(r.GetRawText()))).Order(StringComparer.Ordinal).ToList();
        var want = wanted.Select(Canonical).Order(StringComparer.Ordinal).ToList();
        return have.SequenceEqual(want, StringComparer.Ordinal);
    }

    private static string Canonical(JsonNode? command)
    {
        var reduced = new JsonObject();
        foreach (var field in CommandFields)
            reduced[field] = command?[field]?.DeepClone();
        reduced["options"] = Options(command?["options"] as JsonArray);
        return reduced.ToJsonString();
    }

    private static JsonArray Options(JsonArray? options) =>
    [
        .. (options ?? []).Select(option => (JsonNode)new JsonObject
        {
            ["type"] = option?["type"]?.DeepClone(),
            ["name"] = option?["name"]?.DeepClone(),
            ["description"] = option?["description"]?.DeepClone(),
            ["required"] = option?["required"]?.GetValue<bool>() ?? false,
            ["min_value"] = option?["min_value"]?.DeepClone(),
            ["max_value"] = option?["max_value"]?.DeepClone(),
            ["autocomplete"] = option?["autocomplete"]?.GetValue<bool>() ?? false,
            ["choices"] = option?["choices"]?.DeepClone(),
            ["options"] = Options(option?["options"] as JsonArray),
        }),
    ];
}
