namespace PaperBot.Core.Chat;

/// <summary>The named values of one command, as typed (<c>size:5</c>) or as a platform sent them (Discord options).</summary>
public sealed class CommandArgs
{
    private readonly Dictionary<string, string> values;

    public CommandArgs(IEnumerable<KeyValuePair<string, string>> values) =>
        this.values = new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase);

    public static CommandArgs Empty { get; } = new([]);

    public string? this[string name] => values.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    public IReadOnlyCollection<string> Names => values.Keys;

    /// <summary>Reads a count option such as <c>top:5</c>: absent means <paramref name="defaultValue"/>, otherwise a whole number from 1 to <paramref name="max"/>.</summary>
    public bool TryGetCount(string name, int defaultValue, int max, out int value, out string error)
    {
        value = defaultValue;
        error = "";
        if (this[name] is not { } text)
            return true;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value) && value >= 1 && value <= max)
            return true;
        error = $"{name} must be a whole number from 1 to {max}, not `{text}`.";
        return false;
    }
}
