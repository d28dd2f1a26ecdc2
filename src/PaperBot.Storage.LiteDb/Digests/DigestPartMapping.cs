using PaperBot.Core.Chat;
using PaperBot.Core.Digests;
using PaperBot.Core.Papers;
using PaperBot.Storage.LiteDb.Documents;

namespace PaperBot.Storage.LiteDb.Digests;

/// <summary>Stores a part's card field by field, its actions as the parts of their ids, and builds the same card back.</summary>
internal static class DigestPartMapping
{
    public static DigestPartDocument ToDocument(DigestPart part) => new()
    {
        Text = part.Text,
        Card = part.Card is { } card ? ToDocument(card) : null,
    };

    public static DigestPart ToPart(DigestPartDocument document) =>
        new(document.Text, document.Card is { } card ? ToCard(card) : null);

    private static PaperCardDocument ToDocument(PaperCard card) => new()
    {
        Paper = card.Paper.Value,
        Title = card.Title,
        Authors = card.Authors,
        Link = card.Link,
        Snippet = card.Snippet,
        Reason = card.Reason,
        Actions = [.. card.Actions.Select(action => new CardActionDocument
        {
            Label = action.Label,
            Verb = action.Id.Verb,
            Paper = action.Id.Paper.Value,
            Argument = action.Id.Argument,
        })],
    };

    private static PaperCard ToCard(PaperCardDocument document) => new(
        new PaperId(document.Paper),
        document.Title,
        document.Authors,
        document.Link,
        document.Snippet,
        document.Reason,
        [.. document.Actions.Select(action => new ReplyAction(action.Label, new ActionId(action.Verb, new PaperId(action.Paper), action.Argument)))]);
}
