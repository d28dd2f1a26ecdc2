namespace PaperBot.Core.Chat.Outbound;

/// <summary>The limits of one platform's messages, as facts the core splits replies by.</summary>
/// <param name="MessageLength">Characters of plain text in one message.</param>
/// <param name="CardsPerMessage">Paper cards in one message (Discord: embeds; Slack: what fits in its blocks).</param>
/// <param name="ButtonsPerMessage">Buttons in one message, over all its cards.</param>
/// <param name="CardTextLength">Characters of one card's longest text (a snippet or abstract).</param>
public sealed record PlatformLimits(int MessageLength, int CardsPerMessage, int ButtonsPerMessage, int CardTextLength)
{
    /// <summary>A terminal prints anything.</summary>
    public static PlatformLimits Unlimited { get; } = new(int.MaxValue, int.MaxValue, int.MaxValue, int.MaxValue);

    /// <summary>How many cards with <paramref name="buttonsPerCard"/> buttons each one message holds.</summary>
    public int CardsPerPage(int buttonsPerCard) =>
        Math.Max(1, Math.Min(CardsPerMessage, buttonsPerCard <= 0 ? int.MaxValue : ButtonsPerMessage / buttonsPerCard));
}
