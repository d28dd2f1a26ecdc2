using PaperBot.Discord.Rest;
using PaperBot.Discord.Rest.Wire;

namespace PaperBot.Discord.Tests.Rest;

/// <summary>The client refuses what Discord would refuse, before sending anything.</summary>
public sealed class OutgoingMessageTests
{
    public static TheoryData<OutgoingMessage> Invalid => new()
    {
        new OutgoingMessage(new string('x', 2001)),
        new OutgoingMessage(Embeds: Enumerable.Repeat(new Embed("t"), 11).ToList()),
        new OutgoingMessage(Embeds: [new Embed(Description: new string('d', 4000)), new Embed(Description: new string('d', 2001))]),
        new OutgoingMessage(Embeds: [new Embed(Title: new string('t', 257))]),
        new OutgoingMessage(Components: Enumerable.Repeat(new ActionRow([new Button(ButtonStyle.Primary, "a", "a")]), 6).ToList()),
        new OutgoingMessage(Components: [new ActionRow(Enumerable.Range(0, 6).Select(i => new Button(ButtonStyle.Primary, "a", $"c{i}")).ToList())]),
        new OutgoingMessage(Components: [new ActionRow([new Button(ButtonStyle.Primary, "a", new string('c', 101))])]),
        new OutgoingMessage(Components: [new ActionRow([new Button(ButtonStyle.Primary, new string('l', 81), "c")])]),
        new OutgoingMessage(Components: [new ActionRow([new Button(ButtonStyle.Primary, "a", "same"), new Button(ButtonStyle.Danger, "b", "same")])]),
        new OutgoingMessage(Components: [new ActionRow([new Button(ButtonStyle.Link, "pdf")])]),
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void A_message_over_discords_limits_is_refused(OutgoingMessage message) =>
        Assert.Throws<ArgumentException>(() => WireMessageBody.From(message));

    [Fact]
    public void A_nonce_longer_than_25_characters_is_refused() =>
        Assert.Throws<ArgumentException>(() => WireMessageBody.From(new OutgoingMessage("x"), new string('n', 26)));

    [Fact]
    public void A_message_at_the_limits_passes_with_enforce_nonce_and_no_mentions()
    {
        var body = WireMessageBody.From(
            new OutgoingMessage(new string('x', 2000), [new Embed(new string('t', 256), new string('d', 4096))]),
            new string('n', 25));

        Assert.True(body.EnforceNonce);
        Assert.Empty(body.AllowedMentions.Parse);
    }
}
