using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Chat;
using PaperBot.Core.Chat.Inbound;
using PaperBot.Core.Digests;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.TestKit;

namespace PaperBot.Core.Tests.Chat;

/// <summary>The seam every platform adapter plugs into: typed events in, ratings, withdrawals and identities kept by the core.</summary>
public sealed class InboundEventTests
{
    private static readonly UserRef Ada = new(Platforms.Discord, "app-1", "111");
    private static readonly Conversation Lab = new(Platforms.Discord, "guild-1", "C-lab", IsDirect: false);
    private static readonly MessageRef CardMessage = new(Platforms.Discord, "guild-1", "C-lab", "900");

    private readonly Paper spiking = PaperBuilder.Paper("Spiking Neural Networks for Vision", arxivId: "2401.00001");
    private readonly IServiceProvider services = new ServiceCollection().AddInMemoryPaperBot().BuildServiceProvider();
    private CommandRouter Router => services.GetRequiredService<CommandRouter>();
    private IRatingStore Ratings => services.GetRequiredService<IRatingStore>();

    private async Task PostCardAsync()
    {
        await services.GetRequiredService<IPaperStore>().SaveAsync([spiking]);
        var target = DigestTarget.Channel(Platforms.Discord, "guild-1", "C-lab");
        var ledger = services.GetRequiredService<IDigestLedger>();
        var item = new OutboxItem("d1", target.Key, target, DateTimeOffset.UnixEpoch, [new DigestPart("header"), new DigestPart(spiking.Title, PaperCard.For(spiking))],
            new Dictionary<int, string>(), OutboxState.Pending, 0, DateTimeOffset.UnixEpoch, null, DateTimeOffset.UnixEpoch);
        await ledger.CommitDigestAsync(item, [spiking.Id], null);
        await ledger.RecordDeliveryAsync(item.Id, 1, CardMessage, spiking.Id);
    }

    private ValueTask<Reply> ReactAsync(string emoji, bool added, MessageRef? message = null) =>
        Router.HandleAsync(new ReactionChanged(new Requester(Ada, RequesterFacts.None), Lab, message ?? CardMessage, emoji, added));

    [Theory]
    [InlineData("👍", Thumb.Up)]
    [InlineData("👍🏽", Thumb.Up)]
    [InlineData("👍\uFE0F", Thumb.Up)]
    [InlineData("+1", Thumb.Up)]
    [InlineData("+1::skin-tone-3", Thumb.Up)]
    [InlineData("thumbsup", Thumb.Up)]
    [InlineData("👎🏿", Thumb.Down)]
    [InlineData("-1", Thumb.Down)]
    [InlineData("thumbsdown::skin-tone-6", Thumb.Down)]
    public void Thumb_reactions_read_the_same_on_every_platform(string emoji, Thumb expected)
    {
        Assert.True(ThumbReaction.TryParse(emoji, out var thumb));
        Assert.Equal(expected, thumb);
    }

    [Theory]
    [InlineData("🎉")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("heart")]
    public void Other_reactions_are_not_thumbs(string? emoji) => Assert.False(ThumbReaction.TryParse(emoji, out _));

    [Fact]
    public async Task A_reaction_on_a_card_message_rates_its_paper_and_taking_it_back_withdraws_it()
    {
        await PostCardAsync();

        await ReactAsync("👍🏼", added: true);
        var rating = Assert.Single(await Ratings.ForUserAsync(Ada));
        Assert.Equal((spiking.Id, Thumb.Up, RatingSources.Reaction), (rating.Paper, rating.Thumb, rating.Source));
        Assert.Contains(Ada, await services.GetRequiredService<IChannelAudience>().MembersAsync(DigestTarget.Channel(Platforms.Discord, "guild-1", "C-lab"), 10));

        await ReactAsync("👍🏼", added: false);
        Assert.Empty(await Ratings.ForUserAsync(Ada));
    }

    [Fact]
    public async Task Removing_an_old_reaction_keeps_the_thumb_given_since()
    {
        await PostCardAsync();
        await ReactAsync("👍", added: true);
        await ReactAsync("👎", added: true);
        await ReactAsync("👍", added: false);
        Assert.Equal(Thumb.Down, Assert.Single(await Ratings.ForUserAsync(Ada)).Thumb);
    }

    [Fact]
    public async Task Reactions_on_other_messages_or_of_other_emoji_change_nothing()
    {
        await PostCardAsync();
        Assert.True((await ReactAsync("👍", added: true, CardMessage with { ChannelId = "C-elsewhere" })).IsNothing);
        Assert.True((await ReactAsync("🎉", added: true)).IsNothing);
        Assert.Empty(await Ratings.ForUserAsync(Ada));
    }

    [Fact]
    public async Task A_button_click_rates_with_its_source_and_an_old_or_broken_button_is_refused()
    {
        await PostCardAsync();
        var reply = await Router.HandleAsync(new ButtonClicked(new Requester(Ada, RequesterFacts.None), Lab, ActionId.Rate(spiking.Id, Thumb.Down).ToString(), CardMessage));
        Assert.Contains("👎", reply.Text, StringComparison.Ordinal);
        Assert.Equal(RatingSources.Button, Assert.Single(await Ratings.ForUserAsync(Ada)).Source);

        var broken = await Router.HandleAsync(new ButtonClicked(new Requester(Ada, RequesterFacts.None), Lab, "pb0:what", null));
        Assert.True(broken.IsError);
    }

    [Fact]
    public async Task Every_event_records_the_person_and_their_stored_time_zone_is_the_default()
    {
        await Router.HandleAsync(new CommandTyped(new Requester(Ada, new RequesterFacts("Ada", TimeZone: "Europe/Berlin")), Lab, "help"));
        // Discord tells no time zone; the one Slack or an earlier event told is used.
        await Router.HandleAsync(new CommandInvoked(new Requester(Ada, RequesterFacts.None), Lab with { IsDirect = true, ChannelId = "D-1" }, "subscribe", CommandArgs.Empty));

        var identity = await services.GetRequiredService<IUserStore>().FindAsync(Ada);
        Assert.Equal(("Ada", "Europe/Berlin"), (identity?.DisplayName, identity?.TimeZone));
        var subscription = await services.GetRequiredService<ISubscriptionStore>().FindAsync(DigestTarget.Direct(Ada).Key);
        Assert.Equal("Europe/Berlin", subscription?.Schedule.TimeZoneId);
    }

    [Fact]
    public async Task Replies_name_the_command_as_the_platform_calls_it()
    {
        var lit = new Requester(Ada, new RequesterFacts(CommandName: "/lit"));
        var help = await Router.HandleAsync(new CommandTyped(lit, Lab, "help"));
        var unknown = await Router.HandleAsync(new CommandTyped(lit, Lab, "frobnicate"));
        var plain = await Router.HandleAsync(new CommandTyped(new Requester(Ada, RequesterFacts.None), Lab, "help"));

        Assert.Contains("/lit search", help.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("/papers", help.Text, StringComparison.Ordinal);
        Assert.Contains("Try `/lit help`", unknown.Text, StringComparison.Ordinal);
        Assert.Contains("/papers search", plain.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("recommend", "top", "21", "top must be a whole number from 1 to 20")]
    [InlineData("subscribe", "size", "0", "size must be a whole number from 1 to 20")]
    [InlineData("subscribe", "where", "moon", "where must be dm or channel")]
    [InlineData("forget-me", "confirm", "maybe", "confirm must be yes")]
    [InlineData("search", "colour", "red", "has no option colour")]
    public async Task Typed_options_are_checked_by_their_descriptor_whichever_platform_sent_them(string command, string option, string value, string expected)
    {
        var args = new CommandArgs([new(option, value), new("query", "x")]);
        var reply = await Router.HandleAsync(new CommandInvoked(new Requester(Ada, RequesterFacts.None), Lab, command, command == "search" ? args : new CommandArgs([new(option, value)])));
        Assert.True(reply.IsError);
        Assert.Contains(expected, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_descriptor_puts_required_options_first_and_says_whether_its_reply_is_private()
    {
        foreach (var descriptor in Router.Descriptors)
        {
            var firstOptional = descriptor.Options.TakeWhile(o => o.Required).Count();
            Assert.All(descriptor.Options.Skip(firstOptional), o => Assert.False(o.Required));
            Assert.True(descriptor.Ephemeral, descriptor.Name);
        }
        Assert.Equal(Suggestions.TimeZones, Router.Find("subscribe")!.Options.Single(o => o.Name == "tz").Suggest);
        Assert.Equal(Suggestions.Papers, Router.Find("show")!.Options.Single(o => o.Name == "id").Suggest);
        var size = Router.Find("subscribe")!.Options.Single(o => o.Name == "size");
        Assert.Equal((OptionKind.WholeNumber, 1, 20), (size.Kind, size.Min, size.Max));
    }
}
