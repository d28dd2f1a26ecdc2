namespace PaperBot.Core.Chat;

/// <summary>Reads a typed command line (<c>/papers search "graph neural" size:5</c>), as the terminal and Slack deliver it.</summary>
public static class CommandLine
{
    public const string Root = "/papers";

    /// <summary>Splits a line into the subcommand and its words; quoted words keep their quotes so that search sees phrases.</summary>
    public static bool TryRead(string line, out string command, out IReadOnlyList<string> words)
    {
        command = "";
        words = [];
        var tokens = Tokenize(line.Trim());
        if (tokens.Count == 0 || !tokens[0].Equals(Root, StringComparison.OrdinalIgnoreCase))
            return false;
        command = tokens.Count > 1 ? tokens[1].ToLowerInvariant() : "help";
        words = tokens.Skip(2).ToList();
        return true;
    }

    /// <summary>Assigns words to a descriptor's options: <c>name:value</c> to the named option, everything else to the option that takes the rest.</summary>
    public static bool TryBind(CommandDescriptor descriptor, IReadOnlyList<string> words, out CommandArgs args, out string error)
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
                error = $"`{descriptor.Name}` does not take `{string.Join(' ', rest)}`. Usage: {descriptor.Usage}";
                return false;
            }
            named[restOption.Name] = string.Join(' ', rest);
        }

        var missing = descriptor.Options.FirstOrDefault(o => o.Required && !named.ContainsKey(o.Name));
        if (missing is not null)
        {
            error = $"`{descriptor.Name}` needs {missing.Name} ({missing.Description}). Usage: {descriptor.Usage}";
            return false;
        }

        args = new CommandArgs(named);
        error = "";
        return true;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;

    private static List<string> Tokenize(string line)
    {
        var tokens = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
                quoted = !quoted;
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
