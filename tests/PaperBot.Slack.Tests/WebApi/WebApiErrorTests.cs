using PaperBot.Slack.Fake;
using PaperBot.Slack.WebApi;
using PaperBot.TestKit;

namespace PaperBot.Slack.Tests.WebApi;

public sealed class WebApiErrorTests
{
    [Theory]
    [InlineData("not_in_channel", SlackErrorKind.Permanent, false)]
    [InlineData("channel_not_found", SlackErrorKind.Permanent, false)]
    [InlineData("is_archived", SlackErrorKind.Permanent, false)]
    [InlineData("invalid_auth", SlackErrorKind.Permanent, true)]
    [InlineData("account_inactive", SlackErrorKind.Permanent, true)]
    [InlineData("token_revoked", SlackErrorKind.Permanent, true)]
    [InlineData("missing_scope", SlackErrorKind.Permanent, false)]
    [InlineData("messages_tab_disabled", SlackErrorKind.Permanent, false)]
    [InlineData("restricted_action", SlackErrorKind.Permanent, false)]
    [InlineData("msg_blocks_too_long", SlackErrorKind.Permanent, false)]
    [InlineData("invalid_blocks", SlackErrorKind.Permanent, false)]
    [InlineData("no_text", SlackErrorKind.Permanent, false)]
    [InlineData("ratelimited", SlackErrorKind.RateLimited, false)]
    [InlineData("internal_error", SlackErrorKind.Transient, false)]
    public void Each_documented_error_has_its_class(string error, SlackErrorKind kind, bool platformWide)
    {
        Assert.Equal(kind, SlackErrorClassifier.Classify(error));
        Assert.Equal(platformWide, SlackErrorClassifier.IsPlatformWide(error));
    }

    [Theory]
    [InlineData("not_in_channel", false)]
    [InlineData("channel_not_found", false)]
    [InlineData("is_archived", false)]
    [InlineData("invalid_auth", true)]
    [InlineData("account_inactive", true)]
    [InlineData("token_revoked", true)]
    [InlineData("missing_scope", false)]
    [InlineData("messages_tab_disabled", false)]
    [InlineData("restricted_action", false)]
    [InlineData("msg_blocks_too_long", false)]
    [InlineData("invalid_blocks", false)]
    [InlineData("no_text", false)]
    public async Task Ok_false_from_slack_becomes_a_permanent_exception_without_retries(string error, bool platformWide)
    {
        await using var h = await WebApiHarness.StartAsync();
        h.Fake.FailNext("chat.postMessage", FakeSlackFailure.Ok(error));
        var thrown = await Assert.ThrowsAsync<SlackApiException>(() => h.Client.PostMessageAsync("C1", "x"));
        Assert.Equal(error, thrown.Error);
        Assert.Equal("chat.postMessage", thrown.Method);
        Assert.Equal(SlackErrorKind.Permanent, thrown.Kind);
        Assert.Equal(platformWide, thrown.IsPlatformWide);
        Assert.False(thrown.OutcomeUnknown);
        Assert.Equal(1, h.Fake.CallCount("chat.postMessage"));
        Assert.Empty(h.Fake.Channels["C1"].Messages);
    }

    [Fact]
    public async Task Ratelimited_in_the_body_is_retried_like_a_429()
    {
        await using var h = await WebApiHarness.StartAsync();
        h.Fake.FailNext("conversations.info", FakeSlackFailure.Ok("ratelimited"));
        Assert.Equal("C1", (await h.Client.ConversationsInfoAsync("C1")).Id);
        Assert.Equal(2, h.Fake.CallCount("conversations.info"));
    }

    [Fact]
    public async Task A_connection_that_fails_is_transient()
    {
        var fake = await FakeSlack.StartAsync();
        var baseUrl = fake.ApiBaseUrl;
        await fake.DisposeAsync();
        using var http = new HttpClient();
        var client = new SlackWebApiClient("xoxb-x", http, new SlackWebApiOptions { BaseUrl = baseUrl, MaxRetries = 1, TransientRetryDelay = TimeSpan.FromMilliseconds(10) }, TimeProvider.System, new ListLogger());
        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.UsersInfoAsync("U1"));
        Assert.Equal(SlackErrorKind.Transient, error.Kind);
        Assert.Equal("network_error", error.Error);
    }
}
