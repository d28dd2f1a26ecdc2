using PaperBot.Core.Chat;
using PaperBot.Core.Chat.Outbound;
using PaperBot.TestKit;

namespace PaperBot.Core.Tests.Chat;

public sealed class ReplySplitterTests
{
    private static readonly PlatformLimits Discordish = new(MessageLength: 2000, CardsPerMessage: 10, ButtonsPerMessage: 25, CardTextLength: 4096);

    private static Reply Cards(int count) =>
        Reply.WithCards("header", Enumerable.Range(1, count).Select(i => PaperCard.For(PaperBuilder.Paper($"Paper {i}"))).ToList(), ephemeral: true);

    [Fact]
    public void Twenty_cards_become_messages_within_the_card_and_button_limits_in_order()
    {
        var pages = ReplySplitter.Split(Cards(20), Discordish);
        // 25 buttons hold 12 cards of two buttons, 10 embeds hold 10 cards: 10 a message.
        Assert.Equal([10, 10], pages.Select(p => p.Cards.Count));
        Assert.Equal("header", pages[0].Text);
        Assert.Equal("", pages[1].Text);
        Assert.All(pages, p => Assert.True(p.Ephemeral));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"Paper {i}"), pages.SelectMany(p => p.Cards).Select(c => c.Title));
    }

    [Fact]
    public void Buttons_can_be_the_tighter_limit()
    {
        var pages = ReplySplitter.Split(Cards(7), Discordish with { ButtonsPerMessage = 5 });
        Assert.Equal([2, 2, 2, 1], pages.Select(p => p.Cards.Count));
    }

    [Fact]
    public void Long_text_is_cut_at_line_breaks_into_messages_that_fit()
    {
        var text = string.Join('\n', Enumerable.Range(1, 300).Select(i => $"line {i} of the help text"));
        var pages = ReplySplitter.Split(Reply.Message(text), Discordish);
        Assert.True(pages.Count > 1);
        Assert.All(pages, p => Assert.InRange(p.Text.Length, 1, 2000));
        Assert.Equal(text.Replace("\n", "", StringComparison.Ordinal), string.Concat(pages.Select(p => p.Text.Replace("\n", "", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_reply_with_no_cards_is_one_message_and_keeps_its_file()
    {
        var file = new ReplyFile("export.json", "application/json", "{}");
        var page = Assert.Single(ReplySplitter.Split(Reply.WithFile("your data", file), Discordish));
        Assert.Equal(file, page.File);
    }

    [Fact]
    public void Fit_never_splits_a_surrogate_pair()
    {
        Assert.Equal("ab…", ReplySplitter.Fit("ab👍👍", 4));
        Assert.Equal("abc", ReplySplitter.Fit("abc", 3));
    }
}
