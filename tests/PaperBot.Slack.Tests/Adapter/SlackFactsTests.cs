using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PaperBot.Slack.Events;
using PaperBot.Slack.Fake;
using PaperBot.Slack.Hosting;
using PaperBot.Slack.WebApi;

namespace PaperBot.Slack.Tests.Adapter;

/// <summary>The facts the core decides with, from users.info and conversations.info, looked up once a person and a channel.</summary>
public sealed class SlackFactsTests : IAsyncLifetime
{
    private readonly HttpClient http = new();
    private FakeSlack slack = null!;

    public async Task InitializeAsync()
    {
        slack = await FakeSlack.StartAsync();
        slack.AddChannel("C1", creator: "U2");
        slack.AddUser(new FakeUser("U1", "Ada Lovelace", "America/New_York", -18000));
        slack.AddUser(new FakeUser("U2", "Alan Turing"));
        slack.AddUser(new FakeUser("U3", "Grace Hopper", IsOwner: true));
    }

    public async Task DisposeAsync()
    {
        await slack.DisposeAsync();
        http.Dispose();
    }

    private SlackFacts Facts(string rule = ChannelManagerRule.AdminsAndCreator) => new(
        new SlackWebApiClient(slack.Options.BotToken, http, new SlackWebApiOptions { BaseUrl = slack.ApiBaseUrl }, TimeProvider.System, NullLogger<SlackWebApiClient>.Instance),
        Options.Create(new SlackOptions { ChannelManagers = rule }), TimeProvider.System, NullLogger<SlackFacts>.Instance);

    [Fact]
    public async Task Name_and_time_zone_come_from_users_info_and_managing_a_channel_is_for_owners_admins_and_its_creator()
    {
        var facts = Facts();
        var ada = await facts.ForAsync("U1", "ada", "C1", isDirect: false, CancellationToken.None);
        Assert.Equal(("Ada Lovelace", "America/New_York", false), (ada.DisplayName, ada.TimeZone, ada.CanManageChannel));
        Assert.True((await facts.ForAsync("U2", "alan", "C1", false, CancellationToken.None)).CanManageChannel);
        Assert.True((await facts.ForAsync("U3", "grace", "C1", false, CancellationToken.None)).CanManageChannel);
        Assert.True((await facts.ForAsync("U1", "ada", "D1", isDirect: true, CancellationToken.None)).CanManageChannel);

        await facts.ForAsync("U1", "ada", "C1", false, CancellationToken.None);
        Assert.Equal(1, slack.Calls.Count(c => c.Method == "users.info" && c.Body.Contains("U1", StringComparison.Ordinal)));
        Assert.Equal(1, slack.CallCount("conversations.info"));
    }

    [Fact]
    public async Task With_anyone_every_member_manages_and_a_failed_lookup_gives_no_facts_rather_than_no_answer()
    {
        Assert.True((await Facts(ChannelManagerRule.Anyone).ForAsync("U1", "ada", "C1", false, CancellationToken.None)).CanManageChannel);
        var unknown = await Facts().ForAsync("U404", "nobody", "C404", false, CancellationToken.None);
        Assert.Equal(("nobody", null, false), (unknown.DisplayName, unknown.TimeZone, unknown.CanManageChannel));
    }
}
