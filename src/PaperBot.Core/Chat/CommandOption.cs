namespace PaperBot.Core.Chat;

/// <summary>One option of a command, typed so that every platform can register it with fitting controls and the core
/// checks a typed value the same way whichever platform sent it.</summary>
/// <param name="TakesRest">The option that receives the words of a typed command line that name no other option (a search query).</param>
/// <param name="Choices">For <see cref="OptionKind.Choice"/>: the values allowed.</param>
/// <param name="Min">For <see cref="OptionKind.WholeNumber"/>: the smallest value allowed.</param>
/// <param name="Max">For <see cref="OptionKind.WholeNumber"/>: the largest value allowed.</param>
/// <param name="Suggest">What the platform may offer while the person types (time zones, papers).</param>
public sealed record CommandOption(
    string Name,
    string Description,
    bool Required = false,
    bool TakesRest = false,
    OptionKind Kind = OptionKind.Text,
    IReadOnlyList<string>? Choices = null,
    int? Min = null,
    int? Max = null,
    Suggestions Suggest = Suggestions.None)
{
    public static CommandOption WholeNumber(string name, string description, int min, int max) =>
        new(name, description, Kind: OptionKind.WholeNumber, Min: min, Max: max);

    public static CommandOption Choice(string name, string description, params string[] choices) =>
        new(name, description, Kind: OptionKind.Choice, Choices: choices);

    /// <summary>Checks a value as typed or sent; returns a message for the person when it does not fit.</summary>
    public string? Check(string value)
    {
        switch (Kind)
        {
            case OptionKind.WholeNumber when !long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number)
                || (Min is { } min && number < min) || (Max is { } max && number > max):
                return $"{Name} must be a whole number{Range()}, not `{value}`.";
            case OptionKind.Choice when Choices is { } choices && !choices.Contains(value, StringComparer.OrdinalIgnoreCase):
                return $"{Name} must be {string.Join(" or ", choices)}, not `{value}`.";
            case OptionKind.Boolean when !bool.TryParse(value, out _) && value is not ("yes" or "no"):
                return $"{Name} must be true or false, not `{value}`.";
            default:
                return null;
        }
    }

    private string Range() => (Min, Max) switch
    {
        ({ } min, { } max) => $" from {min} to {max}",
        ({ } min, null) => $" of at least {min}",
        (null, { } max) => $" of at most {max}",
        _ => "",
    };
}

public enum OptionKind
{
    Text,
    WholeNumber,
    Choice,
    Boolean,
}

/// <summary>What a platform may suggest while an option is typed (Discord's autocomplete).</summary>
public enum Suggestions
{
    None,
    TimeZones,
    Papers,
}
