using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PaperBot.Slack.Fake;
using PaperBot.Slack.WebApi;

namespace PaperBot.Slack.Tests.WebApi;

public sealed class WebApiCallTests
{
    [Fact]
    public async Task Post_message_sends_bearer_json_utf8_unfurl_off_and_metadata()
    {
        await using var h = await WebApiHarness.StartAsync();
        var blocks = new JsonArray(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = "*Paper* – ünïcode" } });
        var posted = await h.Client.PostMessageAsync("C1", "Paper", blocks, new SlackMessageMetadata("paperbot_digest", new JsonObject { ["digest_id"] = "d-1" }));

        Assert.Equal("C1", posted.Channel);
        Assert.Matches(@"^\d{10}\.\d{6}$", posted.Ts);
        var call = Assert.Single(h.Fake.Calls);
        Assert.Equal("Bearer " + h.Token, call.Authorization);
        Assert.Equal("application/json; charset=utf-8", call.ContentType);
        var body = JsonNode.Parse(call.Body)!;
        Assert.False(body["unfurl_links"]!.GetValue<bool>());
        Assert.False(body["unfurl_media"]!.GetValue<bool>());
        Assert.Equal("paperbot_digest", body["metadata"]!["event_type"]!.GetValue<string>());
        Assert.Equal("*Paper* – ünïcode", h.Fake.Channels["C1"].Messages[0].Blocks![0]!["text"]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ts_values_are_unique_per_channel()
    {
        await using var h = await WebApiHarness.StartAsync();
        var a = await h.Client.PostMessageAsync("C1", "a");
        var b = await h.Client.PostMessageAsync("C1", "b");
        var c = await h.Client.PostMessageAsync("C2", "c");
        Assert.NotEqual(a.Ts, b.Ts);
        Assert.True(decimal.Parse(b.Ts, CultureInfo.InvariantCulture) > decimal.Parse(a.Ts, CultureInfo.InvariantCulture));
        Assert.Matches(@"^\d{10}\.\d{6}$", c.Ts);
    }

    [Fact]
    public async Task Auth_test_gives_the_bot_user_and_team()
    {
        await using var h = await WebApiHarness.StartAsync();
        var auth = await h.Client.AuthTestAsync();
        Assert.Equal("U0BOT", auth.UserId);
        Assert.Equal("T0FAKE", auth.TeamId);
        Assert.Equal("B0BOT", auth.BotId);
        Assert.StartsWith("application/x-www-form-urlencoded", h.Fake.Calls[0].ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_info_and_conversations_info_map_the_fields_paperbot_needs()
    {
        await using var h = await WebApiHarness.StartAsync();
        var user = await h.Client.UsersInfoAsync("U1");
        Assert.Equal(new SlackUserInfo("U1", "Europe/London", 0, true, false, "Ada Lovelace", false, false), user);

        var dm = await h.Client.OpenConversationAsync("U2");
        var info = await h.Client.ConversationsInfoAsync(dm);
        Assert.True(info.IsIm);
        Assert.False(info.IsArchived);
        Assert.Equal("U2", info.User);
        Assert.Equal("U1", (await h.Client.ConversationsInfoAsync("C1")).Creator);
    }

    [Fact]
    public async Task A_dm_channel_is_opened_once_per_user()
    {
        await using var h = await WebApiHarness.StartAsync();
        var first = await h.Client.OpenConversationAsync("U1");
        var second = await h.Client.OpenConversationAsync("U1");
        var other = await h.Client.OpenConversationAsync("U2");
        Assert.Equal("DU1", first);
        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        Assert.Equal(2, h.Fake.CallCount("conversations.open"));
    }

    [Fact]
    public async Task History_is_newest_first_honours_oldest_and_limit_and_carries_metadata()
    {
        await using var h = await WebApiHarness.StartAsync();
        var posted = new List<SlackMessageRef>();
        for (var i = 1; i <= 3; i++)
        {
            posted.Add(await h.Client.PostMessageAsync("C2", $"m{i}", metadata: new SlackMessageMetadata("paperbot_post", new JsonObject { ["n"] = i })));
        }

        var page = await h.Client.ConversationsHistoryAsync("C2", oldest: posted[0].Ts, limit: 10);
        Assert.Equal(["m3", "m2"], page.Messages.Select(m => m.Text));
        Assert.All(page.Messages, m => Assert.Equal("B0BOT", m.BotId));
        Assert.Equal("paperbot_post", page.Messages[0].Metadata!.EventType);
        Assert.Equal(3, page.Messages[0].Metadata!.EventPayload!["n"]!.GetValue<int>());

        var limited = await h.Client.ConversationsHistoryAsync("C2", limit: 1);
        Assert.Equal("m3", Assert.Single(limited.Messages).Text);
        Assert.True(limited.HasMore);

        var withoutMetadata = await h.Client.ConversationsHistoryAsync("C2", includeAllMetadata: false);
        Assert.All(withoutMetadata.Messages, m => Assert.Null(m.Metadata));
    }

    [Fact]
    public async Task Update_and_reactions_work_and_a_repeated_reaction_is_not_an_error()
    {
        await using var h = await WebApiHarness.StartAsync();
        var posted = await h.Client.PostMessageAsync("C1", "old");
        await h.Client.UpdateMessageAsync("C1", posted.Ts, "new", new JsonArray(new JsonObject { ["type"] = "divider" }));
        Assert.Equal("new", h.Fake.Channels["C1"].Messages[0].Text);

        Assert.True(await h.Client.ReactionsAddAsync("C1", posted.Ts, ":+1:"));
        Assert.False(await h.Client.ReactionsAddAsync("C1", posted.Ts, "+1"));
        Assert.Equal(["+1"], h.Fake.Channels["C1"].Messages[0].Reactions);
    }

    [Fact]
    public async Task A_429_blocks_only_that_method_for_retry_after()
    {
        await using var h = await WebApiHarness.StartAsync();
        h.Fake.FailNext("users.info", FakeSlackFailure.RateLimited(1));
        var watch = Stopwatch.StartNew();
        var slow = h.Client.UsersInfoAsync("U1");
        await h.Fake.WaitForCallAsync("users.info");
        var other = Stopwatch.StartNew();
        await h.Client.ConversationsInfoAsync("C1");
        Assert.True(other.Elapsed < TimeSpan.FromMilliseconds(700), $"conversations.info took {other.ElapsedMilliseconds} ms");

        Assert.Equal("U1", (await slow).Id);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(950), $"users.info retried after {watch.ElapsedMilliseconds} ms");
        Assert.Equal(2, h.Fake.CallCount("users.info"));
    }

    [Fact]
    public async Task Retries_are_capped()
    {
        await using var h = await WebApiHarness.StartAsync(options: o => o with { MaxRetries = 2 });
        h.Fake.FailNext("users.info", FakeSlackFailure.ServerError, 5);
        var error = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.UsersInfoAsync("U1"));
        Assert.Equal(SlackErrorKind.Transient, error.Kind);
        Assert.Equal("http_500", error.Error);
        Assert.Equal(3, h.Fake.CallCount("users.info"));
    }

    [Fact]
    public async Task A_transient_failure_of_an_idempotent_call_is_retried()
    {
        await using var h = await WebApiHarness.StartAsync();
        h.Fake.FailNext("conversations.history", FakeSlackFailure.ServerError);
        h.Fake.FailNext("conversations.history", FakeSlackFailure.Ok("internal_error"));
        var page = await h.Client.ConversationsHistoryAsync("C1");
        Assert.Empty(page.Messages);
        Assert.Equal(3, h.Fake.CallCount("conversations.history"));
    }

    [Fact]
    public async Task A_post_with_a_lost_answer_is_not_retried_and_is_found_again_by_its_metadata()
    {
        await using var h = await WebApiHarness.StartAsync();
        h.Fake.FailNext("chat.postMessage", FakeSlackFailure.DropAnswer);
        var metadata = new SlackMessageMetadata("paperbot_digest", new JsonObject { ["digest_id"] = "d-42" });
        var error = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.PostMessageAsync("C1", "digest", metadata: metadata));
        Assert.True(error.OutcomeUnknown);
        Assert.Equal(SlackErrorKind.Transient, error.Kind);
        Assert.Equal(1, h.Fake.CallCount("chat.postMessage"));

        var history = await h.Client.ConversationsHistoryAsync("C1");
        var found = Assert.Single(history.Messages, m => m.Metadata?.EventPayload?["digest_id"]?.GetValue<string>() == "d-42");
        Assert.Equal("digest", found.Text);
    }

    [Fact]
    public async Task A_500_on_post_is_not_retried_either()
    {
        await using var h = await WebApiHarness.StartAsync();
        h.Fake.FailNext("chat.postMessage", FakeSlackFailure.ServerError);
        var error = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.PostMessageAsync("C1", "x"));
        Assert.True(error.OutcomeUnknown);
        Assert.Equal(500, error.HttpStatus);
        Assert.Equal(1, h.Fake.CallCount("chat.postMessage"));
    }

    [Fact]
    public async Task A_429_on_post_is_retried_because_slack_did_not_post()
    {
        await using var h = await WebApiHarness.StartAsync();
        h.Fake.FailNext("chat.postMessage", FakeSlackFailure.RateLimited(1));
        var posted = await h.Client.PostMessageAsync("C1", "x");
        Assert.Equal("C1", posted.Channel);
        Assert.Single(h.Fake.Channels["C1"].Messages);
        Assert.Equal(2, h.Fake.CallCount("chat.postMessage"));
    }

    [Fact]
    public async Task The_fake_rejects_too_many_blocks_and_long_section_text_like_slack()
    {
        await using var h = await WebApiHarness.StartAsync();
        var many = new JsonArray([.. Enumerable.Range(0, 51).Select(_ => (JsonNode)new JsonObject { ["type"] = "divider" })]);
        var tooMany = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.PostMessageAsync("C1", "x", many));
        Assert.Equal("invalid_blocks", tooMany.Error);
        Assert.Equal(SlackErrorKind.Permanent, tooMany.Kind);

        var longText = new JsonArray(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = new string('a', 3001) } });
        Assert.Equal("invalid_blocks", (await Assert.ThrowsAsync<SlackApiException>(() => h.Client.PostMessageAsync("C1", "x", longText))).Error);
        Assert.Equal("no_text", (await Assert.ThrowsAsync<SlackApiException>(() => h.Client.PostMessageAsync("C1", ""))).Error);
        Assert.Equal(3, h.Fake.CallCount("chat.postMessage"));
    }

    [Fact]
    public async Task The_fake_paces_posts_per_channel_with_429_and_retry_after()
    {
        await using var h = await WebApiHarness.StartAsync();
        using var http = new HttpClient();
        async Task<HttpResponseMessage> PostAsync(string channel)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(h.Fake.ApiBaseUrl, "chat.postMessage"))
            {
                Content = SlackWebApiClient.Json(new JsonObject { ["channel"] = channel, ["text"] = "hi" }),
            };
            request.Headers.Authorization = new("Bearer", h.Token);
            return await http.SendAsync(request);
        }

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(200, (int)(await PostAsync("C1")).StatusCode);
        }

        var limited = await PostAsync("C1");
        Assert.Equal(429, (int)limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter!.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal(200, (int)(await PostAsync("C2")).StatusCode);
    }

    [Fact]
    public async Task Wrong_tokens_are_refused_by_the_fake_and_the_token_never_appears_in_errors()
    {
        await using var h = await WebApiHarness.StartAsync(token: "xoxb-secret-wrong");
        var error = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.AuthTestAsync());
        Assert.Equal("invalid_auth", error.Error);
        Assert.True(error.IsPlatformWide);
        Assert.DoesNotContain("secret", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_are_recognised_in_the_documented_body()
    {
        var body = TestData.Element("slack-error-channel-not-found.json");
        await using var h = await WebApiHarness.StartAsync();
        var error = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.PostMessageAsync("C404", "x"));
        Assert.Equal(body.GetProperty("error").GetString(), error.Error);
        Assert.Equal(SlackErrorKind.Permanent, error.Kind);
        Assert.Equal(JsonValueKind.False, body.GetProperty("ok").ValueKind);
    }

    [Fact]
    public async Task The_client_paces_posts_to_one_channel_so_the_fake_never_answers_429()
    {
        await using var h = await WebApiHarness.StartAsync();
        var watch = Stopwatch.StartNew();
        var posts = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => h.Client.PostMessageAsync("C1", $"m{i}")));
        Assert.Equal(5, posts.Select(p => p.Ts).Distinct().Count());
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(1900), $"5 posts took {watch.ElapsedMilliseconds} ms");
        Assert.All(h.Fake.Calls, c => Assert.Equal(200, c.Status));
    }

    [Fact]
    public async Task The_fake_caps_posts_per_workspace_per_minute()
    {
        await using var h = await WebApiHarness.StartAsync(fake: f => f.PostsPerMinute = 2, options: o => o with { MaxRetries = 0 });
        await h.Client.PostMessageAsync("C1", "a");
        await h.Client.PostMessageAsync("C2", "b");
        var dm = await h.Client.OpenConversationAsync("U1");
        var error = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.PostMessageAsync(dm, "c"));
        Assert.Equal(SlackErrorKind.RateLimited, error.Kind);
        Assert.True(error.RetryAfter > TimeSpan.FromSeconds(50));
    }
}
