using System.Text.Json;
using PaperBot.Core.Users;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Reactions;
using TestData = PaperBot.Discord.Tests.Gateway.TestData;

namespace PaperBot.Discord.Tests.Adapter;

/// <summary>The recorded Discord payloads read as the core's events, with the requester's facts.</summary>
public sealed class RecordedPayloadTests
{
    private const string App = "1100000000000000002";

    /// <summary>A fixture's interaction: a whole Gateway frame keeps it in <c>d</c>.</summary>
    private static JsonElement InteractionIn(string file)
    {
        var payload = TestData.Payload(file);
        return payload.TryGetProperty("d", out var d) ? d : payload;
    }

    [Theory]
    [InlineData("discord-interaction-create-slash.json", 2)]
    [InlineData("discord-interaction-component-button.json", 3)]
    [InlineData("discord-interaction-create-component-captured.json", 3)]
    [InlineData("discord-interaction-create-remora.json", 2)]
    public void Recorded_interactions_read_with_their_person_and_place(string file, int type)
    {
        Assert.True(Interaction.TryRead(InteractionIn(file), App, out var interaction, out var problem), problem);
        Assert.Equal((InteractionType)type, interaction.Type);
        Assert.Equal(Platforms.Discord, interaction.Requester.User.Platform);
        Assert.Equal(App, interaction.Requester.User.Workspace);
        Assert.False(string.IsNullOrEmpty(interaction.Requester.User.Id));
        Assert.False(string.IsNullOrEmpty(interaction.Token));
    }

    [Fact]
    public void A_guild_member_with_all_permissions_may_manage_the_channel_and_one_without_may_not()
    {
        var slash = InteractionIn("discord-interaction-create-slash.json");
        Assert.True(Interaction.TryRead(slash, App, out var admin, out _));
        Assert.True(admin.Requester.Facts.CanManageChannel);
        Assert.False(admin.Conversation.IsDirect);

        var plain = JsonDocument.Parse(slash.GetRawText().Replace("\"2147483647\"", "\"1024\"", StringComparison.Ordinal)).RootElement;
        Assert.True(Interaction.TryRead(plain, App, out var member, out _));
        Assert.False(member.Requester.Facts.CanManageChannel);
    }

    [Fact]
    public void A_payload_that_is_not_an_interaction_is_refused_with_a_reason()
    {
        Assert.False(Interaction.TryRead(JsonDocument.Parse("""{"type":2}""").RootElement, App, out _, out var problem));
        Assert.NotEmpty(problem);
    }

    [Theory]
    [InlineData("discord-message-reaction-add-captured.json", true, false)]
    [InlineData("discord-message-reaction-add-remora.json", true, false)]
    [InlineData("discord-message-reaction-add-no-guild-remora.json", true, true)]
    [InlineData("discord-message-reaction-remove-remora.json", false, false)]
    public void Recorded_reactions_read_as_added_or_removed_on_their_message(string file, bool added, bool direct)
    {
        var frame = TestData.Payload(file);
        var type = frame.GetProperty("t").GetString()!;
        Assert.True(ReactionEvents.TryRead(type, frame.GetProperty("d"), App, botUserId: "1", out var reaction));
        Assert.Equal(added, reaction.Added);
        Assert.Equal(direct, reaction.Conversation.IsDirect);
        Assert.Equal(frame.GetProperty("d").GetProperty("message_id").GetString(), reaction.Message.MessageId);
        Assert.Equal(reaction.Conversation.Workspace, reaction.Message.Workspace);
    }

    [Fact]
    public void The_bots_own_reactions_are_not_read()
    {
        var frame = TestData.Payload("discord-message-reaction-add-remora.json");
        var user = frame.GetProperty("d").GetProperty("user_id").GetString();
        Assert.False(ReactionEvents.TryRead("MESSAGE_REACTION_ADD", frame.GetProperty("d"), App, user, out _));
    }
}
