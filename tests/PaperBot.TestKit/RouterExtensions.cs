using PaperBot.Core.Chat;
using PaperBot.Core.Chat.Inbound;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;

namespace PaperBot.TestKit;

/// <summary>Tests talk to the router as a platform would: typed lines and button clicks as inbound events.</summary>
public static class RouterExtensions
{
    /// <summary>Sends a line such as <c>/papers search spiking</c> as typed text.</summary>
    public static ValueTask<Reply> SayAsync(this CommandRouter router, UserRef user, Conversation conversation, RequesterFacts facts, string line)
    {
        ArgumentNullException.ThrowIfNull(router);
        if (!CommandLine.TryStripRoot(line, out var text))
            throw new ArgumentException($"a test line starts with {CommandLine.Root}", nameof(line));
        return router.HandleAsync(new CommandTyped(new Requester(user, facts), conversation, text));
    }

    /// <summary>Clicks a card's 👍/👎 button.</summary>
    public static ValueTask<Reply> ClickAsync(this CommandRouter router, UserRef user, Conversation conversation, ActionId action) =>
        router.HandleAsync(new ButtonClicked(new Requester(user, RequesterFacts.None), conversation, action.ToString(), null));

    public static ValueTask<Reply> ClickAsync(this CommandRouter router, UserRef user, Conversation conversation, Core.Papers.PaperId paper, Thumb thumb) =>
        router.ClickAsync(user, conversation, ActionId.Rate(paper, thumb));
}
