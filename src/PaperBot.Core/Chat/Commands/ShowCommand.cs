using PaperBot.Core.Papers;

namespace PaperBot.Core.Chat.Commands;

public sealed class ShowCommand(IPaperStore papers) : ICommand
{
    public static CommandDescriptor Definition { get; } = new("show", "Show one paper",
        [new("id", "the paper's id, e.g. 2305.12345", Required: true, TakesRest: true, Suggest: Suggestions.Papers)], Defer: false);

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Reply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        var text = request.Args["id"]!;
        if (!PaperId.TryParse(text, out var id))
            return Reply.Error($"`{text}` is not a paper id. Ids look like `2305.12345` (arXiv) or `t-1a2b3c4d5e6f`; `{request.Facts.CommandName} search` shows them.");
        var paper = await papers.FindAsync(id, cancellationToken);
        return paper is null
            ? Reply.Error($"No paper {id} in the catalogue.")
            : Reply.WithCards(paper.Id.Value, [PaperCard.For(paper, snippet: paper.Abstract)], ephemeral: true);
    }
}
