using System.Text;
using System.Text.Json.Nodes;
using PaperBot.Core.Chat;
using PaperBot.Core.Chat.Outbound;
using PaperBot.Core.Digests;
using PaperBot.Core.Ratings;

namespace PaperBot.Slack.Rendering;

/// <summary>Renders the core's replies and digest parts in Block Kit: the text as a mrkdwn section, each card a section
/// (title linked, authors, snippet, reason), an actions block with its 👍/👎 buttons (<c>action_id</c> and <c>value</c>
/// are the core's <see cref="ActionId"/>) and a context line with the paper id. Every text is escaped, and every message
/// has a plain <c>text</c> fallback for notifications.</summary>
internal static class SlackRenderer
{
    /// <summary>3000 characters of text (a section's limit); eight cards a message: at three blocks a card plus the text
    /// that is 25 of Slack's 50 blocks, and eight cards of at most about 1.9 KB each (title, authors, a 600-character
    /// snippet, the reason, buttons) keep even the longest page's ack under the ~20 KB Slack silently drops (fifteen
    /// would fit the blocks but not the ack, and a page too big for the ack goes by response_url instead).</summary>
    public static PlatformLimits Limits { get; } = new(MessageLength: SectionTextLength, CardsPerMessage: 8, ButtonsPerMessage: 16, CardTextLength: 600);

    public const int SectionTextLength = 3000;
    public const int MaxBlocks = 50;
    private const int FallbackLength = 1000;
    private const int TitleLength = 250;
    private const int AuthorLength = 150;
    private const int ReasonLength = 300;

    /// <summary>One page of a reply (see <see cref="ReplySplitter"/>); <paramref name="firstNumber"/> numbers its cards after the earlier pages'.</summary>
    public static SlackMessage Page(Reply page, int firstNumber = 1)
    {
        ArgumentNullException.ThrowIfNull(page);
        var blocks = new JsonArray();
        if (page.Text.Length > 0)
            blocks.Add(Section(ReplySplitter.Fit(SlackText.Mrkdwn(page.Text), SectionTextLength)));
        for (var i = 0; i < page.Cards.Count; i++)
        {
            foreach (var block in Card(page.Cards[i], firstNumber + i))
                blocks.Add(block);
        }
        if (blocks.Count == 0)
            blocks.Add(Section("…"));
        return new SlackMessage(Fallback(page.Text, page.Cards), blocks);
    }

    /// <summary>One digest part: the header as text, or one paper's card.</summary>
    public static SlackMessage Part(DigestPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (part.Card is { } card)
            return new SlackMessage(Fallback("", [card]), [.. Card(card, null)]);
        var text = ReplySplitter.Fit(SlackText.Mrkdwn(part.Text), SectionTextLength);
        return new SlackMessage(ReplySplitter.Fit(SlackText.Escape(part.Text), FallbackLength), [Section(text)]);
    }

    /// <summary>The message's blocks with the clicked paper's vote shown: its 👍 (primary) or 👎 (danger) styled, the other plain.</summary>
    public static JsonArray VoteShown(JsonArray blocks, ActionId clicked, Thumb vote)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var shown = blocks.DeepClone().AsArray();
        foreach (var button in shown.OfType<JsonObject>().Where(b => b["type"]?.GetValue<string>() == "actions")
            .SelectMany(b => b["elements"]?.AsArray() ?? []).OfType<JsonObject>())
        {
            if (!ActionId.TryParse(button["action_id"]?.GetValue<string>(), out var action) || action.Paper != clicked.Paper)
                continue;
            if (action.Argument == vote.Word())
                button["style"] = vote == Thumb.Up ? "primary" : "danger";
            else
                button.Remove("style");
        }
        return shown;
    }

    private static IEnumerable<JsonObject> Card(PaperCard card, int? number)
    {
        var text = new StringBuilder();
        var title = SlackText.Mrkdwn(ReplySplitter.Fit(card.Title, TitleLength)).Replace("*", "", StringComparison.Ordinal);
        text.Append('*').Append(SlackText.SafeLink(card.Link) is { } link ? $"<{link}|{title.Replace("|", "¦", StringComparison.Ordinal)}>" : title).Append('*');
        if (card.Authors.Length > 0)
            text.Append('\n').Append(SlackText.Escape(ReplySplitter.Fit(card.Authors, AuthorLength)));
        if (!string.IsNullOrEmpty(card.Snippet))
            text.Append('\n').Append(SlackText.Mrkdwn(ReplySplitter.Fit(card.Snippet, Limits.CardTextLength)));
        if (!string.IsNullOrEmpty(card.Reason))
            text.Append("\n_Why:_ ").Append(SlackText.Mrkdwn(ReplySplitter.Fit(card.Reason, ReasonLength)));
        yield return Section(ReplySplitter.Fit(text.ToString(), SectionTextLength));
        if (card.Actions.Count > 0)
        {
            yield return new JsonObject
            {
                ["type"] = "actions",
                ["elements"] = new JsonArray([.. card.Actions.Select(action => (JsonNode)new JsonObject
                {
                    ["type"] = "button",
                    ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = number is { } n ? $"{action.Label} {n}" : action.Label, ["emoji"] = true },
                    ["action_id"] = action.Id.ToString(),
                    ["value"] = action.Id.ToString(),
                })]),
            };
        }
        yield return new JsonObject
        {
            ["type"] = "context",
            ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = SlackText.Escape(card.Paper.Value) }),
        };
    }

    private static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = mrkdwn },
    };

    /// <summary>What notifications and screen readers show: the text, else the cards' titles.</summary>
    private static string Fallback(string text, IReadOnlyList<PaperCard> cards)
    {
        var fallback = text.Length > 0 ? text : string.Join("\n", cards.Select(c => "📄 " + c.Title));
        return ReplySplitter.Fit(SlackText.Escape(fallback.Length > 0 ? fallback : "…"), FallbackLength);
    }
}
