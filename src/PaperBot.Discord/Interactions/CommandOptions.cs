using System.Text.Json;
using PaperBot.Core.Chat;

namespace PaperBot.Discord.Interactions;

/// <summary>Reads <c>/papers &lt;subcommand&gt;</c>'s typed options: Discord nests them as <c>data.options[0]</c>
/// (the subcommand) with its own <c>options</c>.</summary>
internal static class CommandOptions
{
    public static bool TryRead(JsonElement data, out string subcommand, out CommandArgs args, out string? focused)
    {
        subcommand = "";
        args = CommandArgs.Empty;
        focused = null;
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("options", out var options) || options.ValueKind != JsonValueKind.Array || options.GetArrayLength() == 0)
            return false;
        var sub = options[0];
        subcommand = sub.TryGetProperty("name", out var name) ? name.GetString() ?? "" : "";
        var values = new List<KeyValuePair<string, string>>();
        if (sub.TryGetProperty("options", out var given) && given.ValueKind == JsonValueKind.Array)
        {
            foreach (var option in given.EnumerateArray())
            {
                var optionName = option.GetProperty("name").GetString() ?? "";
                values.Add(new(optionName, Text(option.GetProperty("value"))));
                if (option.TryGetProperty("focused", out var isFocused) && isFocused.ValueKind == JsonValueKind.True)
                    focused = optionName;
            }
        }
        args = new CommandArgs(values);
        return subcommand.Length > 0;
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.GetRawText(),
    };
}
