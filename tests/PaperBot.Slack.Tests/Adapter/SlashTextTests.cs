using PaperBot.Slack.Events;

namespace PaperBot.Slack.Tests.Adapter;

/// <summary>A slash command's text as Slack sends it, read as the person typed it.</summary>
public sealed class SlashTextTests
{
    [Theory]
    [InlineData("search spiking neural networks", "search spiking neural networks")]
    [InlineData("search R&amp;D &lt;graphs&gt;", "search R&D <graphs>")]
    [InlineData("search &amp;lt;", "search &lt;")]
    [InlineData("subscribe <#C123ABC|paper-club> size:3", "subscribe #paper-club size:3")]
    [InlineData("subscribe <#C123ABC> size:3", "subscribe #C123ABC size:3")]
    [InlineData("search by <@U123|ada> and <@U456>", "search by @ada and @U456")]
    [InlineData("search <!here> <!subteam^S1|@ml>", "search @here @ml")]
    [InlineData("show <https://arxiv.org/abs/1706.03762|arxiv.org/abs/1706.03762>", "show https://arxiv.org/abs/1706.03762")]
    [InlineData("  search “graph neural” top:3  ", "search “graph neural” top:3")]
    [InlineData("", "")]
    public void Slacks_escaping_and_references_are_read_as_typed(string sent, string typed) => Assert.Equal(typed, SlashText.Decode(sent));
}
