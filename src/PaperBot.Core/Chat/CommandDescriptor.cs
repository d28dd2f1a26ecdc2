namespace PaperBot.Core.Chat;

/// <summary>One subcommand of <c>/papers</c>, described once: help, the router and every platform's registration read it.</summary>
/// <param name="Defer">Whether the work may take longer than a platform's acknowledgement deadline, so the adapter answers "thinking…" first.</param>
/// <param name="Ephemeral">Whether only the requester sees the reply. Said up front because Discord fixes a reply's
/// visibility when it defers, before the command has run.</param>
public sealed record CommandDescriptor(string Name, string Description, IReadOnlyList<CommandOption> Options, bool Defer = true, bool Ephemeral = true)
{
    /// <summary>How to type it, under the platform's <paramref name="commandName"/>.</summary>
    public string UsageUnder(string commandName) => $"{commandName} {Name}" + string.Concat(Options.Select(o => o.TakesRest
        ? (o.Required ? $" <{o.Name}>" : $" [{o.Name}]")
        : (o.Required ? $" {o.Name}:<value>" : $" [{o.Name}:…]")));

    /// <summary>The first value that does not fit its option, or a missing required one, as a message for the person.</summary>
    public string? Check(CommandArgs args, string commandName)
    {
        ArgumentNullException.ThrowIfNull(args);
        foreach (var option in Options)
        {
            if (args[option.Name] is not { } value)
            {
                if (option.Required)
                    return $"`{Name}` needs {option.Name} ({option.Description}). Usage: {UsageUnder(commandName)}";
                continue;
            }
            if (option.Check(value) is { } problem)
                return problem;
        }
        var unknown = args.Names.FirstOrDefault(n => !Options.Any(o => o.Name.Equals(n, StringComparison.OrdinalIgnoreCase)));
        return unknown is null ? null : $"`{Name}` has no option {unknown}. Usage: {UsageUnder(commandName)}";
    }
}
