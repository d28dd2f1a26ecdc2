using PaperBot.Core.Papers;
using PaperBot.Core.Recommending;

namespace PaperBot.Core.Chat.Commands;

public sealed class RecommendCommand(IRecommender recommender, IPaperStore papers) : ICommand
{
    private const int DefaultTop = 5;
    private const int MaxTop = 20;

    public static CommandDescriptor Definition { get; } = new("recommend", "Papers picked for you from everyone's thumbs",
        [CommandOption.WholeNumber("top", $"how many papers, 1-{MaxTop} (default {DefaultTop})", 1, MaxTop)]);

    public CommandDescriptor Descriptor => Definition;

    public async ValueTask<Reply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken = default)
    {
        if (!request.Args.TryGetCount("top", DefaultTop, MaxTop, out var top, out var error))
            return Reply.Error(error);

        var picks = await recommender.RecommendAsync(request.User, top, cancellationToken: cancellationToken);
        if (picks.Count == 0)
            return Reply.Message("Nothing to recommend: you have rated every paper in the catalogue.", ephemeral: true);
        var found = (await papers.FindManyAsync(picks.Select(p => p.Paper).ToList(), cancellationToken)).ToDictionary(p => p.Id);
        var cards = picks.Where(p => found.ContainsKey(p.Paper)).Select(p => PaperCard.For(found[p.Paper], reason: p.Reason)).ToList();
        return Reply.WithCards($"{cards.Count} papers for you (rate them to sharpen the next picks):", cards, ephemeral: true);
    }
}
