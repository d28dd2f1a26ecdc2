using System.Text;

namespace PaperBot.Core.Chat.Commands;

public sealed class HelpCommand(IEnumerable<CommandDescriptor> descriptors) : ICommand
{
    public static CommandDescriptor Definition { get; } = new("help", "List the commands", [], Defer: false);

    public CommandDescriptor Descriptor => Definition;

    public ValueTask<Reply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        var text = new StringBuilder("PaperBot commands:\n");
        foreach (var descriptor in descriptors.OrderBy(d => d.Name, StringComparer.Ordinal))
            text.Append("  ").Append(descriptor.UsageUnder(request.Facts.CommandName)).Append(" — ").AppendLine(descriptor.Description);
        text.Append("Rate a paper with its 👍/👎 buttons or reactions.");
        return ValueTask.FromResult(Reply.Message(text.ToString(), ephemeral: true));
    }
}
