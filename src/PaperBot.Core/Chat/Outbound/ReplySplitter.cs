namespace PaperBot.Core.Chat.Outbound;

/// <summary>Splits a reply into messages that each fit a platform's limits, so that <c>recommend top:20</c> never makes
/// a request the platform rejects. The first message keeps the text (cut at line breaks where it is too long) and the file.</summary>
public static class ReplySplitter
{
    public static IReadOnlyList<Reply> Split(Reply reply, PlatformLimits limits)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(limits);
        var texts = SplitText(reply.Text, limits.MessageLength);
        var perPage = limits.CardsPerPage(reply.Cards.Count == 0 ? 0 : reply.Cards.Max(c => c.Actions.Count));
        var pages = new List<Reply>();
        for (var i = 0; i < texts.Count - 1; i++)
            pages.Add(reply with { Text = texts[i], Cards = [], File = i == 0 ? reply.File : null });
        var first = true;
        foreach (var cards in reply.Cards.Chunk(perPage).DefaultIfEmpty([]))
        {
            pages.Add(reply with { Text = first ? texts[^1] : "", Cards = cards, File = first && texts.Count == 1 ? reply.File : null });
            first = false;
        }
        return pages;
    }

    /// <summary>Cuts text into pieces of at most <paramref name="max"/> characters, at a line break or else a space where one is near.</summary>
    public static IReadOnlyList<string> SplitText(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        var pieces = new List<string>();
        var rest = text;
        while (rest.Length > max)
        {
            var cut = rest.LastIndexOf('\n', max - 1);
            if (cut < max / 2)
                cut = rest.LastIndexOf(' ', max - 1);
            if (cut < max / 2)
                cut = char.IsHighSurrogate(rest[max - 1]) ? max - 1 : max;
            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart('\n', ' ');
        }
        pieces.Add(rest);
        return pieces;
    }

    /// <summary>Shortens one text to <paramref name="max"/> characters with an ellipsis, never splitting a surrogate pair.</summary>
    public static string Fit(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
            return text;
        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
            cut--;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
