using PaperBot.Core.Chat;
using PaperBot.Core.Users;
using PaperBot.Slack.Events;

namespace PaperBot.Slack.Tests.Adapter;

/// <summary>Recorded Slack payloads (docs, SDK fixtures, captures) read as what the core gets: a Slack user belongs to
/// its workspace, a message is named by team, channel and ts.</summary>
public sealed class RecordedPayloadTests
{
    [Theory]
    [InlineData("slack-socket-slash-commands.json", "T123ABC456", "C123ABC456", "U123ABC456", "/randorilke")]
    [InlineData("slack-socket-slash-commands-sdk.json", "T111", "C03E94MKU", "U111", "/hello-socket-mode")]
    public void Slash_command_envelopes_read_with_their_workspace_channel_person_and_response_url(string file, string team, string channel, string user, string command)
    {
        var envelope = TestData.Element(file);
        Assert.True(SlackPayloads.TryReadSlash(envelope.GetProperty("payload"), out var slash));
        Assert.Equal(command, slash.Command);
        Assert.Equal("", slash.Text);
        Assert.Equal(new UserRef(Platforms.Slack, team, user), slash.UserRef);
        Assert.Equal(new Conversation(Platforms.Slack, team, channel, IsDirect: false), slash.Conversation);
        Assert.Equal("https", slash.ResponseUrl!.Scheme);
    }

    [Fact]
    public void A_slash_command_in_a_dm_is_direct()
    {
        var payload = System.Text.Json.JsonDocument.Parse("""{"team_id":"T1","channel_id":"D0123","channel_name":"directmessage","user_id":"U1","command":"/papers","text":"search x &amp; y"}""").RootElement;
        Assert.True(SlackPayloads.TryReadSlash(payload, out var slash));
        Assert.True(slash.IsDirect);
        Assert.Equal("search x & y", slash.Text);
    }

    [Theory]
    [InlineData("slack-block-actions-payload-captured.json", "T011QRSS6E5", "U011QRSS6NM", "C011QRSSHBK", "1586839078.000200", "button", true)]
    [InlineData("slack-block-actions-payload-docs.json", "T9TK3CUKW", "UA8RXUSPL", "CBR2V3XEX", "1548261231.000200", "WaXA", false)]
    public void Block_actions_read_as_a_click_on_a_message(string file, string team, string user, string channel, string ts, string actionId, bool hasBlocks)
    {
        Assert.True(SlackPayloads.TryReadBlockAction(TestData.Element(file), out var click));
        Assert.Equal(new UserRef(Platforms.Slack, team, user), click.UserRef);
        Assert.Equal(new MessageRef(Platforms.Slack, team, channel, ts), click.Message);
        Assert.Equal(actionId, click.ActionId);
        Assert.False(click.OnEphemeral);
        Assert.False(click.Conversation.IsDirect);
        Assert.Equal(hasBlocks, click.Blocks is not null);
        Assert.NotNull(click.ResponseUrl);
    }

    [Fact]
    public void A_click_in_a_modal_has_no_message_and_is_not_read()
    {
        var envelope = TestData.Element("slack-socket-interactive-block-actions-sdk.json");
        Assert.False(SlackPayloads.TryReadBlockAction(envelope.GetProperty("payload"), out _));
    }

    [Theory]
    [InlineData("slack-events-api-reaction-added.json", "T123ABC456", "U123ABC456", "C123ABC456", "1464196127.000002", "slightly_smiling_face")]
    [InlineData("slack-events-api-reaction-added-bolt.json", "T111", "W111", "C111", "1599529504.000400", "heart_eyes")]
    public void Reaction_events_read_as_a_reaction_on_a_message(string file, string team, string user, string channel, string ts, string emoji)
    {
        Assert.True(SlackPayloads.TryReadReaction(TestData.Element(file), "U0BOT", out var reaction));
        Assert.Equal(new UserRef(Platforms.Slack, team, user), reaction.Requester.User);
        Assert.Equal(new MessageRef(Platforms.Slack, team, channel, ts), reaction.Message);
        Assert.Equal(new Conversation(Platforms.Slack, team, channel, IsDirect: false), reaction.Conversation);
        Assert.Equal(emoji, reaction.Emoji);
        Assert.True(reaction.Added);
    }

    [Theory]
    [InlineData("slack-events-api-reaction-removed-inner-event.json", "thumbsup", false)]
    [InlineData("slack-events-api-reaction-added-sentry-test-event.json", "+1", true)]
    public void Inner_reaction_events_in_an_event_callback_read_with_their_thumb(string file, string emoji, bool added)
    {
        var callback = new System.Text.Json.Nodes.JsonObject { ["type"] = "event_callback", ["team_id"] = "T9", ["event"] = TestData.Node(file) };
        Assert.True(SlackPayloads.TryReadReaction(System.Text.Json.JsonSerializer.SerializeToElement(callback), "U0BOT", out var reaction));
        Assert.Equal(emoji, reaction.Emoji);
        Assert.Equal(added, reaction.Added);
        Assert.True(Core.Ratings.ThumbReaction.TryParse(reaction.Emoji, out _));
    }

    [Fact]
    public void The_bots_own_reactions_and_reactions_on_files_are_not_read()
    {
        var own = TestData.Element("slack-events-api-reaction-added.json");
        Assert.False(SlackPayloads.TryReadReaction(own, "U123ABC456", out _));
        var file = System.Text.Json.JsonDocument.Parse("""{"team_id":"T1","event":{"type":"reaction_added","user":"U1","reaction":"+1","item":{"type":"file","file":"F1"}}}""").RootElement;
        Assert.False(SlackPayloads.TryReadReaction(file, "U0BOT", out _));
        var dm = System.Text.Json.JsonDocument.Parse("""{"team_id":"T1","event":{"type":"reaction_added","user":"U1","reaction":"+1::skin-tone-2","item":{"type":"message","channel":"D1","ts":"1.2"}}}""").RootElement;
        Assert.True(SlackPayloads.TryReadReaction(dm, "U0BOT", out var direct));
        Assert.True(direct.Conversation.IsDirect);
    }
}
