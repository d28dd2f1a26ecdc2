namespace PaperBot.Core.Chat;

/// <summary>One subcommand of <c>/papers</c>, described once; every platform builds its own registration from it.</summary>
/// <param name="Defer">Whether the work may take longer than a platform's acknowledgement deadline, so the adapter answers "thinking…" first.</param>
public sealed record CommandDescriptor(string Name, string Description, IReadOnlyList<CommandOption> Options, bool Defer = true)
{
    public string Usage => $"/papers {Name}" + string.Concat(Options.Select(o => o.TakesRest
        ? (o.Required ? $" <{o.Name}>" : $" [{o.Name}]")
        : (o.Required ? $" {o.Name}:<value>" : $" [{o.Name}:…]")));
}
