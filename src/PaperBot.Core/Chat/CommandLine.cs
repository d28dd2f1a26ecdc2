namespace PaperBot.Core.Chat;

/// <summary>Reads a typed command (<c>search "graph neural" top:5</c>), as the terminal and Slack deliver it.</summary>
public static class CommandLine
{
    public const string Root = "/papers";

    /// <summary>Takes <c>/papers</c> off the front of a terminal line; false when the line does not start with it.</summary>
    public static bool TryStripRoot(string line, out string rest)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        rest = "";
        if (!trimmed.StartsWith(Root, StringComparison.OrdinalIgnoreCase) || (trimmed.Length > Root.Length && !char.IsWhiteSpace(trimmed[Root.Length])))
            return false;
        rest = trimmed[Root.Length..].Trim();
        return true;
    }

    /// <summary>Splits the text after the command's name into the subcommand (help when there is none) and its words;
    /// quoted words keep their quotes so that search sees phrases.</summary>
    public static (string Command, IReadOnlyList<string> Words) Read(string text)
    {
        var tokens = Tokenize(text.Trim());
        return tokens.Count == 0 ? ("help", []) : (tokens[0].ToLowerInvariant(), tokens.Skip(1).ToList());
    }

    /// <summary>Assigns words to a descriptor's options: <c>name:value</c> to the named option, everything else to the option that takes the rest.</summary>
    public static bool TryBind(CommandDescriptor descriptor, IReadOnlyList<string> words, string commandName, out CommandArgs args, out string error)
    {
        var named = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var rest = new List<string>();
        foreach (var word in words)
        {
            var colon = word.IndexOf(':', StringComparison.Ordinal);
            var option = colon > 0 ? descriptor.Options.FirstOrDefault(o => !o.TakesRest && o.Name.Equals(word[..colon], StringComparison.OrdinalIgnoreCase)) : null;
            if (option is not null)
                named[option.Name] = Unquote(word[(colon + 1)..]);
            else
                rest.Add(word);
        }

        args = CommandArgs.Empty;
        var restOption = descriptor.Options.FirstOrDefault(o => o.TakesRest);
        if (rest.Count > 0)
        {
            if (restOption is null)
            {
                error = $"`{descriptor.Name}` does not take `{string.Join(' ', rest)}`. Usage: {descriptor.UsageUnder(commandName)}";
                return false;
            }
            named[restOption.Name] = string.Join(' ', rest);
        }

        args = new CommandArgs(named);
        error = descriptor.Check(args, commandName) ?? "";
        return error.Length == 0;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && IsQuote(value[0]) && IsQuote(value[^1]) ? value[1..^1] : value;

    // Chat clients turn typed quotes into typographic ones (Slack, phones); both count.
    private static bool IsQuote(char c) => c is '"' or '“' or '”';

    private static List<string> Tokenize(string line)
    {
        var tokens = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (IsQuote(c))
            {
                quoted = !quoted;
                current.Append('"');
                continue;
            }
            if (char.IsWhiteSpace(c) && !quoted)
            {
                if (current.Length > 0)
                    tokens.Add(current.ToString());
                current.Clear();
                continue;
            }
            current.Append(c);
        }
        if (current.Length > 0)
            tokens.Add(current.ToString());
        return tokens;
    }
}
