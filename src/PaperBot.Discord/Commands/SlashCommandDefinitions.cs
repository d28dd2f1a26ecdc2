using System.Text.Json.Nodes;
using PaperBot.Core.Chat;

namespace PaperBot.Discord.Commands;

/// <summary>The <c>/papers</c> registration, generated from the core's descriptors: one CHAT_INPUT command with a
/// subcommand per descriptor, each option with its Discord type, limits, choices and autocomplete.</summary>
internal static class SlashCommandDefinitions
{
    public const string CommandName = "papers";

    // Discord's limits on names and descriptions (Application Commands).
    private const int DescriptionLength = 100;
    private const int ChoiceLength = 100;

    // Discord's option types: STRING, INTEGER, BOOLEAN; and SUB_COMMAND.
    private const int SubCommand = 1;
    private const int StringOption = 3;
    private const int IntegerOption = 4;
    private const int BooleanOption = 5;

    public static JsonArray Build(IEnumerable<CommandDescriptor> descriptors) =>
    [
        new JsonObject
        {
            ["name"] = CommandName,
            ["type"] = 1,
            ["description"] = "PaperBot: search papers, get recommendations and daily digests",
            // Usable in guilds and in the bot's DMs, for a guild install.
            ["contexts"] = new JsonArray(0, 1),
            ["integration_types"] = new JsonArray(0),
            ["options"] = new JsonArray([.. descriptors.OrderBy(d => d.Name, StringComparer.Ordinal).Select(Subcommand)]),
        },
    ];

    private static JsonNode Subcommand(CommandDescriptor descriptor) => new JsonObject
    {
        ["type"] = SubCommand,
        ["name"] = descriptor.Name,
        ["description"] = Fit(descriptor.Description, DescriptionLength),
        // Discord wants required options first; descriptors already keep that order, and this keeps it if one does not.
        ["options"] = new JsonArray([.. descriptor.Options.OrderBy(o => o.Required ? 0 : 1).Select(Option)]),
    };

    private static JsonNode Option(CommandOption option)
    {
        var json = new JsonObject
        {
            ["type"] = option.Kind switch
            {
                OptionKind.WholeNumber => IntegerOption,
                OptionKind.Boolean => BooleanOption,
                _ => StringOption,
            },
            ["name"] = option.Name,
            ["description"] = Fit(option.Description, DescriptionLength),
            ["required"] = option.Required,
        };
        if (option.Min is { } min)
            json["min_value"] = min;
        if (option.Max is { } max)
            json["max_value"] = max;
        if (option.Kind == OptionKind.Choice && option.Choices is { } choices)
            json["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["name"] = Fit(c, ChoiceLength), ["value"] = c })]);
        else if (option.Suggest != Suggestions.None)
            json["autocomplete"] = true;
        return json;
    }

    private static string Fit(string text, int max) => Core.Chat.Outbound.ReplySplitter.Fit(text, max);
}
