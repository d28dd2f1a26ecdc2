using System.Text.Json.Nodes;
using PaperBot.Discord.Fake.Rest;
using PaperBot.Discord.Rest;
using static PaperBot.Discord.Tests.Rest.RestTestKit;

namespace PaperBot.Discord.Tests.Rest;

/// <summary>The client against the stateful fake: headers, bodies, DM cache, reactions, paging, commands, interactions.</summary>
public sealed class DiscordRestClientFakeTests : IAsyncLifetime
{
    private FakeDiscordRest fake = null!;
    private DiscordRestClient client = null!;

    public async Task InitializeAsync()
    {
        fake = await FakeDiscordRest.StartAsync(new FakeDiscordRestOptions { RequiredToken = Token }, default);
        client = Client(fake.BaseUrl);
    }

    public async Task DisposeAsync() => await fake.DisposeAsync();

    [Fact]
    public async Task Every_request_carries_the_bot_token_the_user_agent_and_a_json_content_type()
    {
        var channel = fake.CreateGuildChannel();
        await client.GetCurrentUserAsync(default);
        await client.CreateMessageAsync(channel, new OutgoingMessage("hello"), null, default);

        Assert.All(fake.Requests, r =>
        {
            Assert.Equal("Bot " + Token, r.Header("Authorization"));
            Assert.Equal("DiscordBot (https://github.com/paperbot/paperbot, 1.2.3)", r.Header("User-Agent"));
        });
        Assert.Equal("application/json; charset=utf-8", fake.RequestsTo("POST /channels/*/messages").Single().Header("Content-Type"));
    }

    [Fact]
    public async Task A_wrong_token_is_a_permanent_platform_wide_failure()
    {
        var wrong = Client(fake.BaseUrl, configure: o => o.Token = "not-the-token");

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => wrong.GetCurrentUserAsync(default));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal(DiscordFailureKind.Permanent, error.Failure.Kind);
        Assert.True(error.Failure.IsPlatformWide);
        Assert.DoesNotContain("not-the-token", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_outgoing_message_body_turns_mentions_off()
    {
        var channel = fake.CreateGuildChannel();
        var message = new OutgoingMessage("@everyone look", [new Embed("t", "d")], [new ActionRow([new Button(ButtonStyle.Primary, "👍", "pb1:rate:1:up")])]);
        await client.CreateMessageAsync(channel, message, "nonce-1", default);
        await client.CreateInteractionResponseAsync(1, "tok-a", InteractionCallbackType.ChannelMessageWithSource, message, default);
        await client.CreateInteractionResponseAsync(2, "tok-b", InteractionCallbackType.DeferredChannelMessageWithSource, null, default);
        await client.EditOriginalInteractionResponseAsync(fake.Options.ApplicationId, "tok-b", message, default);
        await client.CreateFollowupAsync(fake.Options.ApplicationId, "tok-b", message, default);

        var bodies = fake.Requests.Select(r => r.Json).OfType<JsonObject>()
            .Select(b => b.ContainsKey("type") ? b["data"] as JsonObject : b).OfType<JsonObject>().ToList();
        Assert.Equal(4, bodies.Count);
        Assert.All(bodies, b => Assert.Equal("""{"parse":[]}""", b["allowed_mentions"]!.ToJsonString()));
    }

    [Fact]
    public async Task A_dm_channel_is_opened_once_per_user_and_then_cached()
    {
        var first = await client.CreateDmAsync(555, default);
        await client.CreateMessageAsync(first, new OutgoingMessage("one"), null, default);
        var second = await client.CreateDmAsync(555, default);
        await client.CreateMessageAsync(second, new OutgoingMessage("two"), null, default);

        Assert.Equal(first, second);
        Assert.Single(fake.RequestsTo("POST /users/@me/channels"));
        Assert.Equal(["one", "two"], fake.MessagesIn(first).Select(m => m.Content));
    }

    [Fact]
    public async Task A_user_with_closed_dms_gives_50007()
    {
        fake.CloseDms(556);
        var dm = await client.CreateDmAsync(556, default);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => client.CreateMessageAsync(dm, new OutgoingMessage("x"), null, default));

        Assert.Equal(DiscordErrorCodes.CannotSendMessagesToThisUser, error.ErrorCode);
        Assert.Equal(DiscordFailureKind.Permanent, error.Failure.Kind);
    }

    [Fact]
    public async Task A_deleted_channel_gives_10003()
    {
        var channel = fake.CreateGuildChannel();
        fake.DeleteChannel(channel);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => client.CreateMessageAsync(channel, new OutgoingMessage("x"), null, default));

        Assert.Equal(DiscordErrorCodes.UnknownChannel, error.ErrorCode);
    }

    [Fact]
    public async Task Reaction_emoji_are_url_encoded_in_the_path()
    {
        var channel = fake.CreateGuildChannel();
        var message = await client.CreateMessageAsync(channel, new OutgoingMessage("paper"), null, default);

        await client.AddReactionAsync(channel, message.Id, "👍", default);
        await client.AddReactionAsync(channel, message.Id, "paper_up:123456789", default);

        var targets = fake.RequestsTo("PUT /channels/*/messages/*/reactions/*/@me").Select(r => r.RawTarget).ToList();
        Assert.EndsWith("/reactions/%F0%9F%91%8D/@me", targets[0], StringComparison.Ordinal);
        Assert.EndsWith("/reactions/paper_up%3A123456789/@me", targets[1], StringComparison.Ordinal);
        Assert.Equal(["👍", "paper_up:123456789"], fake.Reactions.Select(r => r.Emoji));
    }

    [Fact]
    public async Task Messages_read_back_are_newest_first_with_their_custom_ids_and_without_the_nonce()
    {
        var channel = fake.CreateGuildChannel();
        var sent = new List<DiscordMessage>();
        for (var i = 1; i <= 3; i++)
        {
            var buttons = new ActionRow([new Button(ButtonStyle.Success, "up", $"pb1:rate:{i}:up"), new Button(ButtonStyle.Link, "pdf", Url: "https://arxiv.org/pdf/1")]);
            sent.Add(await client.CreateMessageAsync(channel, new OutgoingMessage($"digest {i}", Components: [buttons]), $"digest-{i}", default));
        }
        Assert.All(sent, m => Assert.StartsWith("digest-", m.Nonce, StringComparison.Ordinal));

        var latest = await client.GetChannelMessagesAsync(channel, null, null, 2, default);
        var afterFirst = await client.GetChannelMessagesAsync(channel, sent[0].Id, null, 100, default);
        var beforeLast = await client.GetChannelMessagesAsync(channel, null, sent[2].Id, 100, default);

        Assert.Equal([sent[2].Id, sent[1].Id], latest.Select(m => m.Id));
        Assert.All(latest, m => Assert.Null(m.Nonce));
        Assert.Equal(["pb1:rate:3:up"], latest[0].CustomIds);
        Assert.Equal(ButtonStyle.Link, latest[0].Components[0].Buttons[1].Style);
        Assert.Equal([sent[2].Id, sent[1].Id], afterFirst.Select(m => m.Id));
        Assert.Equal([sent[1].Id, sent[0].Id], beforeLast.Select(m => m.Id));
        Assert.True(sent[0].Id < sent[1].Id && sent[1].Id < sent[2].Id);
    }

    [Fact]
    public async Task A_send_whose_answer_was_lost_fails_once_and_a_resend_with_the_same_nonce_posts_nothing_new()
    {
        var channel = fake.CreateGuildChannel();
        fake.DropResponseAfterActionNext("POST /channels/*/messages");

        var lost = await Assert.ThrowsAsync<DiscordRestException>(() =>
            client.CreateMessageAsync(channel, new OutgoingMessage("digest"), "digest-42", default));
        var resent = await client.CreateMessageAsync(channel, new OutgoingMessage("digest"), "digest-42", default);

        Assert.Equal(DiscordFailureKind.Transient, lost.Failure.Kind);
        Assert.Equal(2, fake.RequestsTo("POST /channels/*/messages").Count);
        Assert.Equal(resent.Id, Assert.Single(fake.MessagesIn(channel)).Id);
        Assert.True(fake.RequestsTo("POST /channels/*/messages")[1].Json!["enforce_nonce"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_client_waits_for_the_fakes_channel_bucket_instead_of_running_into_429s()
    {
        await using var tight = await FakeDiscordRest.StartAsync(new FakeDiscordRestOptions
        {
            ChannelMessageLimit = 2,
            ChannelMessageWindow = TimeSpan.FromMilliseconds(300),
        }, default);
        var tightClient = Client(tight.BaseUrl);
        var channel = tight.CreateGuildChannel();
        var started = TimeProvider.System.GetTimestamp();

        for (var i = 0; i < 5; i++)
            await tightClient.CreateMessageAsync(channel, new OutgoingMessage($"m{i}"), null, default);

        Assert.Equal(5, tight.MessagesIn(channel).Count);
        Assert.Equal(0, tight.RateLimitedCount);
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(550));
    }

    [Fact]
    public async Task Bulk_overwrite_stores_the_raw_definitions_and_counts_overwrites()
    {
        var app = fake.Options.ApplicationId;
        var definitions = new JsonArray(JsonNode.Parse(TestData("discord-command-definition-slash.json")));

        var stored = await client.BulkOverwriteGlobalCommandsAsync(app, definitions, default);
        var read = await client.GetGlobalCommandsAsync(app, default);
        await client.BulkOverwriteGuildCommandsAsync(app, 99, new JsonArray(), default);

        Assert.Equal("blep", Assert.Single(stored).Name);
        Assert.Equal(stored[0].Id, Assert.Single(read).Id);
        Assert.Equal("animal_dog", read[0].Definition.GetProperty("options")[0].GetProperty("choices")[0].GetProperty("value").GetString());
        Assert.Equal(1, fake.CommandOverwriteCount(app));
        Assert.Equal(1, fake.CommandOverwriteCount(app, 99));
        Assert.Empty(await client.GetGuildCommandsAsync(app, 99, default));
    }

    [Fact]
    public async Task Interaction_callbacks_and_original_edits_are_recorded_per_token()
    {
        await client.CreateInteractionResponseAsync(10, "tok-x", InteractionCallbackType.DeferredChannelMessageWithSource, null, default);
        var edited = await client.EditOriginalInteractionResponseAsync(fake.Options.ApplicationId, "tok-x",
            new OutgoingMessage("3 papers", Flags: MessageFlags.Ephemeral), default);
        await client.CreateInteractionResponseRawAsync(11, "tok-y", InteractionCallbackType.ApplicationCommandAutocompleteResult,
            JsonNode.Parse("""{"choices":[{"name":"cs.LG","value":"cs.LG"}]}"""), default);

        Assert.Equal(5, Assert.Single(fake.CallbacksFor("tok-x")).Type);
        Assert.Equal("3 papers", Assert.Single(fake.OriginalEditsFor("tok-x"))["content"]!.GetValue<string>());
        Assert.Equal(64, fake.OriginalEditsFor("tok-x")[0]["flags"]!.GetValue<int>());
        Assert.Equal("3 papers", edited.Content);
        Assert.Equal("cs.LG", fake.CallbacksFor("tok-y")[0].Data!["choices"]![0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_gateway_and_the_application_are_read()
    {
        var gateway = await client.GetGatewayBotAsync(default);
        var application = await client.GetCurrentApplicationAsync(default);

        Assert.Equal("wss://gateway.discord.gg/", gateway.Url);
        Assert.Equal(fake.Options.ApplicationId, application.Id);
        Assert.Equal(fake.Options.BotUserId, application.Bot!.Id);
    }
}
