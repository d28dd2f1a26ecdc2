using PaperBot.Core.Papers;
using PaperBot.Core.Search;

namespace PaperBot.Core.Chat.Commands;

public sealed class SearchCommand(IPaperIndex index, IPaperStore papers, IndexRebuildStatus rebuild) : ICommand
{
    private const int DefaultTop = 5;
    private const int MaxTop = 10;

    public static CommandDescriptor Definition { get; } = new("search", "Search the catalogue",
    [
        new("query", "words, \"a phrase\", author:name, year:2023 or year:2021..2023", Required: true, TakesRest: true),
        CommandOption.WholeNumber("top", $"how many papers to show, 1-{MaxTop} (default {DefaultTop})", 1, MaxTop),
    ]);

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Reply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        var query = request.Args["query"]!;
        if (!request.Args.TryGetCount("top", DefaultTop, MaxTop, out var top, out var error))
            return Reply.Error(error);

        var rebuilding = rebuild.Current is { } progress
            ? $" The search index is being rebuilt ({progress}), so papers may be missing until it is done."
            : null;
        var hits = await index.SearchAsync(query, top, cancellationToken);
        if (hits.Count == 0)
        {
            return Reply.Message(rebuilding is null
                ? $"No papers match “{query}”. Try fewer or other words."
                : $"No papers match “{query}” yet.{rebuilding} Try again in a few minutes.", ephemeral: true);
        }

        var found = (await papers.FindManyAsync(hits.Select(h => h.Id).ToList(), cancellationToken)).ToDictionary(p => p.Id);
        var cards = hits.Where(h => found.ContainsKey(h.Id)).Select(h => PaperCard.For(found[h.Id], h.Snippet)).ToList();
        return Reply.WithCards($"{cards.Count} paper{(cards.Count == 1 ? "" : "s")} for “{query}”:{rebuilding}", cards, ephemeral: true);
    }
}
