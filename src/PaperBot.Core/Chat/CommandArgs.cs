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
}
