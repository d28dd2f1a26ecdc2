using System.Text.Json.Nodes;
using PaperBot.Core.Chat;
using PaperBot.Core.Chat.Outbound;
using PaperBot.Core.Digests;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Slack.Rendering;
using PaperBot.TestKit;

namespace PaperBot.Slack.Tests.Adapter;

/// <summary>Block Kit within Slack's limits (50 blocks a message, 3000 characters a section), every text escaped so that
/// nothing in a paper can mention anyone, and the 👍/👎 buttons carrying the core's action ids.</summary>
public sealed class SlackRenderingTests
{
    private static PaperCard Card(string title, string? snippet = null, string? reason = null, string? arxiv = null) =>
        PaperCard.For(PaperBuilder.Paper(title, arxivId: arxiv, authors: ["A & B", "<@U1>"]), snippet, reason);

    [Fact]
    public void A_title_with_a_channel_mention_and_an_ampersand_is_shown_as_text_and_never_fires()
    {
        var message = SlackRenderer.Part(new DigestPart("x", Card("Ping <!channel> & <@U123> > all", "a **spiking** net", "you liked <!here>", arxiv: "2401.00001")));
        var json = message.Blocks.ToJsonString();
        var section = message.Blocks[0]!["text"]!["text"]!.GetValue<string>();

        Assert.DoesNotContain("<!channel>", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<!here>", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U", json, StringComparison.Ordinal);
        Assert.Contains("Ping &lt;!channel&gt; &amp; &lt;@U123&gt; &gt; all", section, StringComparison.Ordinal);
        Assert.StartsWith("*<https://arxiv.org/abs/2401.00001|", section, StringComparison.Ordinal);
        Assert.Contains("a *spiking* net", section, StringComparison.Ordinal);
        Assert.Contains("_Why:_ you liked &lt;!here&gt;", section, StringComparison.Ordinal);
        Assert.Contains("A &amp; B, &lt;@U1&gt;", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", message.Text, StringComparison.Ordinal);
        Assert.Equal("📄 Ping &lt;!channel&gt; &amp; &lt;@U123&gt; &gt; all", message.Text);
    }

    [Fact]
    public void A_card_is_a_section_buttons_with_the_action_id_as_id_and_value_and_a_context_with_the_paper()
    {
        var card = Card("Attention is all you need", arxiv: "1706.03762");
        var message = SlackRenderer.Page(Reply.WithCards("Results", [card]), firstNumber: 4);

        Assert.Equal(["section", "section", "actions", "context"], message.Blocks.Select(b => b!["type"]!.GetValue<string>()));
        var buttons = message.Blocks[2]!["elements"]!.AsArray();
        Assert.Equal([ActionId.Rate(card.Paper, Thumb.Up).ToString(), ActionId.Rate(card.Paper, Thumb.Down).ToString()], buttons.Select(b => b!["action_id"]!.GetValue<string>()));
        Assert.All(buttons, b => Assert.Equal(b!["action_id"]!.GetValue<string>(), b["value"]!.GetValue<string>()));
        Assert.Equal("👍 4", buttons[0]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal(card.Paper.Value, message.Blocks[3]!["elements"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("Results", message.Text);
    }

    [Fact]
    public void A_long_reply_splits_into_messages_within_slacks_limits()
    {
        var cards = Enumerable.Range(1, 40).Select(i => Card(new string('T', 400) + i, new string('s', 5000), new string('r', 2000))).ToList();
        var reply = Reply.WithCards(string.Join("\n", Enumerable.Range(0, 200).Select(i => $"line {i} " + new string('x', 40))), cards);

        var pages = ReplySplitter.Split(reply, SlackRenderer.Limits).Select(p => SlackRenderer.Page(p)).ToList();

        Assert.True(pages.Count >= 5);
        Assert.Equal(40, pages.Sum(p => p.Blocks.Count(b => b!["type"]!.GetValue<string>() == "actions")));
        foreach (var page in pages)
        {
            Assert.InRange(page.Blocks.Count, 1, SlackRenderer.MaxBlocks);
            Assert.All(page.Blocks.Where(b => b!["type"]!.GetValue<string>() == "section"), b => Assert.InRange(b!["text"]!["text"]!.GetValue<string>().Length, 1, 3000));
            Assert.False(string.IsNullOrEmpty(page.Text));
            // An ack carrying it stays under the ~20 KB Slack silently drops.
            Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(page.ResponseBody(ephemeral: true).ToJsonString()), 1, 19 * 1024);
        }
    }

    [Fact]
    public void The_vote_shows_on_the_clicked_papers_buttons_only()
    {
        var a = Card("Paper A");
        var b = Card("Paper B");
        var blocks = SlackRenderer.Page(Reply.WithCards("", [a, b])).Blocks;

        var shown = SlackRenderer.VoteShown(blocks, ActionId.Rate(b.Paper, Thumb.Down), Thumb.Down);

        var styles = shown.Where(x => x!["type"]!.GetValue<string>() == "actions").Select(x => x!["elements"]!.AsArray().Select(e => e!["style"]?.GetValue<string>()).ToList()).ToList();
        Assert.Equal([null, null], styles[0]);
        Assert.Equal([null, "danger"], styles[1]);
        Assert.Null(blocks[1]!["elements"]![1]!["style"]);
    }

    [Fact]
    public void A_digest_header_is_one_escaped_section_with_the_same_fallback()
    {
        var message = SlackRenderer.Part(new DigestPart("📚 PaperBot digest for Tue 24 Nov: 3 papers <b> & more."));
        var block = Assert.Single(message.Blocks);
        Assert.Equal("📚 PaperBot digest for Tue 24 Nov: 3 papers &lt;b&gt; &amp; more.", block!["text"]!["text"]!.GetValue<string>());
        Assert.Equal(block["text"]!["text"]!.GetValue<string>(), message.Text);
    }

    [Fact]
    public void A_link_that_could_break_slacks_link_syntax_is_left_out()
    {
        var card = new PaperCard(PaperId.FromTitle("t"), "t", "", "https://example.org/a|b>c", null, null, []);
        var section = SlackRenderer.Part(new DigestPart("t", card)).Blocks[0]!["text"]!["text"]!.GetValue<string>();
        Assert.Equal("*t*", section);
        Assert.IsType<JsonArray>(SlackRenderer.Part(new DigestPart("t", card)).Blocks);
    }
}
