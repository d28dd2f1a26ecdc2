using System.Text;
using PaperBot.Core.Chat;
using PaperBot.Core.Chat.Outbound;
using PaperBot.Core.Digests;
using PaperBot.Core.Ratings;
using PaperBot.Discord.Rest;

namespace PaperBot.Discord.Rendering;

/// <summary>Renders the core's replies and digest parts as Discord messages: the text as content, each card an embed
/// (title linked, authors, snippet, reason, the paper id in the footer) with its own row of 👍/👎 buttons, numbered like
/// the embeds. The REST client adds <c>allowed_mentions: {"parse": []}</c> to every body, so a title never pings anyone.</summary>
internal static class DiscordRenderer
{
    /// <summary>2000 characters of content; five cards a message (five action rows of two buttons, and 6000 characters
    /// of embed text shared by five cards of at most about 1100 each); a card's text cut to fit.</summary>
    public static PlatformLimits Limits { get; } = new(MessageLength: 2000, CardsPerMessage: 5, ButtonsPerMessage: 10, CardTextLength: 700);

    private const int TitleLength = 256;
    private const int AuthorLength = 120;

    /// <summary>One page of a reply (see <see cref="ReplySplitter"/>); <paramref name="firstNumber"/> numbers its cards after the earlier pages'.</summary>
    public static OutgoingMessage Page(Reply page, int firstNumber = 1, bool ephemeral = false, Thumb? vote = null, Core.Papers.PaperId? votedPaper = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var text = page.Text.Length > 0 ? ReplySplitter.Fit(page.Text, Limits.MessageLength) : null;
        return new OutgoingMessage(
            Content: text ?? (page.Cards.Count == 0 ? "…" : null),
            Embeds: [.. page.Cards.Select(Embed)],
            Components: [.. page.Cards.Select((card, i) => Buttons(card, firstNumber + i, card.Paper == votedPaper ? vote : null))],
            Flags: ephemeral ? MessageFlags.Ephemeral : MessageFlags.None);
    }

    /// <summary>One digest part: the header as text, or one paper's card.</summary>
    public static OutgoingMessage Part(DigestPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        return part.Card is { } card
            ? new OutgoingMessage(Embeds: [Embed(card)], Components: [Buttons(card, null, null)])
            : new OutgoingMessage(Content: ReplySplitter.Fit(part.Text, Limits.MessageLength));
    }

    /// <summary>The id of the paper a message shows, read back from its buttons (a digest card's marker).</summary>
    public static string? PaperShown(DiscordMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var id in message.CustomIds)
        {
            if (ActionId.TryParse(id, out var action))
                return action.Paper.Value;
        }
        return null;
    }

    private static Embed Embed(PaperCard card)
    {
        var description = new StringBuilder();
        if (!string.IsNullOrEmpty(card.Snippet))
            description.Append(card.Snippet);
        if (!string.IsNullOrEmpty(card.Reason))
            description.Append(description.Length > 0 ? "\n\n" : "").Append("*Why:* ").Append(card.Reason);
        return new Embed(
            Title: ReplySplitter.Fit(card.Title, TitleLength),
            Description: description.Length > 0 ? ReplySplitter.Fit(description.ToString(), Limits.CardTextLength) : null,
            Url: card.Link is { Length: > 0 and <= 2048 } link && Uri.IsWellFormedUriString(link, UriKind.Absolute) ? link : null,
            Footer: new EmbedFooter(card.Paper.Value),
            Author: card.Authors.Length > 0 ? new EmbedAuthor(ReplySplitter.Fit(card.Authors, AuthorLength)) : null);
    }

    /// <summary>The card's buttons; in a reply they carry the card's number, and the requester's vote shows as the filled button.</summary>
    private static ActionRow Buttons(PaperCard card, int? number, Thumb? vote) => new(
    [
        .. card.Actions.Select(action => new Button(
            Style: vote is { } voted && action.Id.Argument == voted.Word() ? (voted == Thumb.Up ? ButtonStyle.Success : ButtonStyle.Danger) : ButtonStyle.Secondary,
            Label: number is { } n ? $"{action.Label} {n}" : action.Label,
            CustomId: action.Id.ToString())),
    ]);
}
