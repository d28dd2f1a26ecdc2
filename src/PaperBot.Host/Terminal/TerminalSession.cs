using System.Globalization;
using PaperBot.Core.Chat;
using PaperBot.Core.Chat.Inbound;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;

namespace PaperBot.Host.Terminal;

/// <summary>One person's conversation in the terminal: it remembers the last cards so that <c>+1 2</c> rates card 2.</summary>
public sealed class TerminalSession(CommandRouter router, RatingService ratings, UserRef user, RequesterFacts facts)
{
    private static readonly Conversation Here = new(Platforms.Terminal, Platforms.LocalWorkspace, "terminal", IsDirect: true);

    private IReadOnlyList<PaperCard> lastCards = [];

    public UserRef User => user;

    /// <summary>Makes cards shown outside a reply (a digest) the ones <c>+1 N</c> refers to.</summary>
    public void Remember(IReadOnlyList<PaperCard> cards) => lastCards = cards;

    public async ValueTask<Reply> HandleAsync(string line, CancellationToken cancellationToken = default)
    {
        line = line.Trim();
        if (CommandLine.TryStripRoot(line, out var command))
        {
            var reply = await router.HandleAsync(new CommandTyped(new Requester(user, facts), Here, command), cancellationToken);
            if (reply.Cards.Count > 0)
                lastCards = reply.Cards;
            return reply;
        }
        if (line.StartsWith('/'))
            return Reply.Error($"Commands start with {CommandLine.Root}. Try `{CommandLine.Root} help`.");

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words is [var verb, var number] && TryCard(number, out var card))
        {
            if (verb.Equals("undo", StringComparison.OrdinalIgnoreCase))
            {
                return await ratings.WithdrawAsync(user, card.Paper, cancellationToken)
                    ? Reply.Message($"Took back your thumb on “{card.Title}”.")
                    : Reply.Error($"You had not rated “{card.Title}”.");
            }
            if (ThumbText.TryParse(verb, out var thumb))
                return await router.RateAsync(user, Here, ActionId.Rate(card.Paper, thumb), RatingSources.Command, cancellationToken);
        }
        else if (words is [_, var bad] && (ThumbText.TryParse(words[0], out _) || words[0] == "undo"))
        {
            return Reply.Error(lastCards.Count == 0
                ? "There are no cards to rate yet: search first, e.g. /papers search diffusion models."
                : $"`{bad}` is not a card number; the last reply has cards 1 to {lastCards.Count}.");
        }

        return Reply.Error("Type a command such as /papers search spiking neural networks, or +1 N / -1 N to rate card N. /papers help lists the commands.");
    }

    private bool TryCard(string text, out PaperCard card)
    {
        card = null!;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > lastCards.Count)
            return false;
        card = lastCards[number - 1];
        return true;
    }
}
