using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PaperBot.Core.Digests;
using PaperBot.Core.Users;
using PaperBot.Slack.Delivery;
using PaperBot.Slack.Fake;
using PaperBot.Slack.Hosting;
using PaperBot.Slack.WebApi;
using PaperBot.TestKit;

namespace PaperBot.Slack.Tests.Delivery;

/// <summary>The exactly-once contract on Slack, against the fake workspace: chat.postMessage has no idempotency key, so
/// only the metadata read back from conversations.history keeps a part single after its answer was lost.</summary>
public sealed class SlackPlatformContractTests : ChatPlatformContract, IAsyncLifetime
{
    private readonly List<HttpClient> clients = [];
    private FakeSlack slack = null!;
    private int channels;

    public async Task InitializeAsync()
    {
        slack = await FakeSlack.StartAsync();
        slack.AddUser(new FakeUser("U1", "Ada Lovelace"));
    }

    public async Task DisposeAsync()
    {
        foreach (var client in clients)
            client.Dispose();
        await slack.DisposeAsync();
    }

    internal SlackPlatform NewPlatform(TimeSpan? inFlightWindow = null)
    {
        var http = new HttpClient();
        clients.Add(http);
        var api = new SlackWebApiClient(slack.Options.BotToken, http, new SlackWebApiOptions
        {
            BaseUrl = slack.ApiBaseUrl,
            MaxRetries = 0,
            RequestTimeout = TimeSpan.FromSeconds(5),
            TransientRetryDelay = TimeSpan.FromMilliseconds(10),
        }, TimeProvider.System, NullLogger<SlackWebApiClient>.Instance);
        var options = Options.Create(new SlackOptions { BotToken = slack.Options.BotToken, AppToken = slack.Options.AppToken, InFlightWindow = inFlightWindow ?? TimeSpan.FromMilliseconds(200) });
        return new SlackPlatform(api, new SlackIdentity(api), TimeProvider.System, options, NullLogger<SlackPlatform>.Instance);
    }

    protected override Task<IChatPlatform> StartPlatformAsync() => Task.FromResult<IChatPlatform>(NewPlatform());

    protected override Task<DigestTarget> NewTargetAsync() =>
        Task.FromResult(DigestTarget.Channel(Platforms.Slack, slack.Options.TeamId, slack.AddChannel($"C{Interlocked.Increment(ref channels):000}").Id));

    protected override Task<int> MessagesInAsync(DigestTarget target) => Task.FromResult(slack.Channels[target.ChannelId].Messages.Count);

    protected override void LoseNextAnswer() => slack.FailNext("chat.postMessage", FakeSlackFailure.DropAnswer);

    [Fact]
    public async Task A_dm_goes_to_the_user_id_without_opening_the_im_tags_the_message_with_its_key_and_names_it_by_team_channel_and_ts()
    {
        var platform = NewPlatform();
        var person = DigestTarget.Direct(new UserRef(Platforms.Slack, slack.Options.TeamId, "U1"));
        var header = await platform.SendAsync(person, new DigestPart("📚 header"), new DeliveryKey("dm-1#0"));
        var card = await platform.SendAsync(person, new DigestPart("Paper", Core.Chat.PaperCard.For(PaperBuilder.Paper("Paper"))), new DeliveryKey("dm-1#1"));

        Assert.Equal(DeliveryStatus.Sent, header.Status);
        Assert.Equal(DeliveryStatus.Sent, card.Status);
        Assert.Equal(0, slack.CallCount("conversations.open"));
        Assert.Equal(["U1", "DU1"], slack.Calls.Where(c => c.Method == "chat.postMessage").Select(c => System.Text.Json.Nodes.JsonNode.Parse(c.Body)!["channel"]!.GetValue<string>()));
        var dm = slack.Channels["DU1"];
        Assert.Equal(new Core.Chat.MessageRef(Platforms.Slack, slack.Options.TeamId, "DU1", dm.Messages[1].Ts), card.Message);
        Assert.Equal("paperbot_digest", dm.Messages[1].Metadata!["event_type"]!.GetValue<string>());
        Assert.Equal("dm-1#1", dm.Messages[1].Metadata!["event_payload"]!["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_dm_resent_after_a_lost_answer_by_a_restarted_app_opens_the_im_to_read_it_back_and_posts_nothing_twice()
    {
        var person = DigestTarget.Direct(new UserRef(Platforms.Slack, slack.Options.TeamId, "U1"));
        var attempt = TimeProvider.System.GetUtcNow();
        LoseNextAnswer();
        await NewPlatform().SendAsync(person, new DigestPart("📚 header"), new DeliveryKey("dm-2#0"));

        var resent = await NewPlatform().SendAsync(person, new DigestPart("📚 header"), new DeliveryKey("dm-2#0", attempt));

        Assert.Equal(DeliveryStatus.Sent, resent.Status);
        Assert.Equal(1, slack.CallCount("conversations.open"));
        Assert.Single(slack.Channels["DU1"].Messages);
        Assert.Equal(slack.Channels["DU1"].Messages[0].Ts, resent.Message!.MessageId);
    }

    [Fact]
    public async Task A_resend_of_a_whole_digest_reads_the_history_once_and_posts_only_what_is_missing()
    {
        var target = await NewTargetAsync();
        var attempt = TimeProvider.System.GetUtcNow();
        var first = NewPlatform();
        await first.SendAsync(target, new DigestPart("📚 header"), new DeliveryKey("d-9#0"));
        LoseNextAnswer();
        await first.SendAsync(target, new DigestPart("one", Core.Chat.PaperCard.For(PaperBuilder.Paper("one"))), new DeliveryKey("d-9#1"));

        var restarted = NewPlatform();
        foreach (var (part, i) in new[] { "📚 header", "one", "two" }.Select((t, i) => (t, i)))
        {
            var outcome = await restarted.SendAsync(target, i == 0 ? new DigestPart(part) : new DigestPart(part, Core.Chat.PaperCard.For(PaperBuilder.Paper(part))), new DeliveryKey($"d-9#{i}", attempt));
            Assert.Equal(DeliveryStatus.Sent, outcome.Status);
        }

        Assert.Equal(3, slack.Channels[target.ChannelId].Messages.Count);
        Assert.Equal(1, slack.CallCount("conversations.history"));
    }

    [Theory]
    [InlineData("not_in_channel", DeliveryStatus.Permanent, "not a member")]
    [InlineData("channel_not_found", DeliveryStatus.Permanent, "no longer exists")]
    [InlineData("is_archived", DeliveryStatus.Permanent, "archived")]
    [InlineData("messages_tab_disabled", DeliveryStatus.Permanent, "Messages tab")]
    [InlineData("invalid_auth", DeliveryStatus.PlatformUnavailable, "invalid_auth")]
    [InlineData("account_inactive", DeliveryStatus.PlatformUnavailable, "account_inactive")]
    [InlineData("token_revoked", DeliveryStatus.PlatformUnavailable, "token_revoked")]
    [InlineData("internal_error", DeliveryStatus.Transient, "internal_error")]
    public async Task Slack_errors_become_the_cores_outcomes_with_a_reason(string error, DeliveryStatus status, string reason)
    {
        var platform = NewPlatform();
        var target = await NewTargetAsync();
        slack.FailNext("chat.postMessage", FakeSlackFailure.Ok(error));
        var outcome = await platform.SendAsync(target, new DigestPart("📚 header"), new DeliveryKey("e#0"));
        Assert.Equal(status, outcome.Status);
        Assert.Contains(reason, outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rate_limit_is_a_retry_after_for_this_digest_and_an_outage_pauses_all_of_slack()
    {
        var platform = NewPlatform();
        var target = await NewTargetAsync();
        slack.FailNext("chat.postMessage", FakeSlackFailure.RateLimited(7));
        var limited = await platform.SendAsync(target, new DigestPart("📚 header"), new DeliveryKey("r#0"));
        Assert.Equal((DeliveryStatus.Transient, TimeSpan.FromSeconds(7)), (limited.Status, limited.RetryAfter));

        // A 429 holds chat.postMessage back in this client for Retry-After; a fresh one tries the outage.
        slack.FailNext("chat.postMessage", FakeSlackFailure.ServerError);
        var outage = await NewPlatform().SendAsync(await NewTargetAsync(), new DigestPart("📚 header"), new DeliveryKey("o#0"));
        Assert.Equal(DeliveryStatus.PlatformUnavailable, outage.Status);
    }
}
