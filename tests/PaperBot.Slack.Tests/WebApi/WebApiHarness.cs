using PaperBot.Slack.Fake;
using PaperBot.Slack.WebApi;
using PaperBot.TestKit;

namespace PaperBot.Slack.Tests.WebApi;

/// <summary>The real Web API client against the fake workspace, with pacing loose enough for fast tests.</summary>
internal sealed class WebApiHarness : IAsyncDisposable
{
    private readonly HttpClient http = new();

    private WebApiHarness(FakeSlack fake, SlackWebApiOptions options, string token)
    {
        Fake = fake;
        Token = token;
        Client = new SlackWebApiClient(token, http, options, TimeProvider.System, Logger);
    }

    public FakeSlack Fake { get; }

    public SlackWebApiClient Client { get; }

    public ListLogger Logger { get; } = new();

    public string Token { get; }

    public static async Task<WebApiHarness> StartAsync(
        Action<FakeSlackOptions>? fake = null,
        Func<SlackWebApiOptions, SlackWebApiOptions>? options = null,
        string? token = null)
    {
        var fakeOptions = new FakeSlackOptions();
        fake?.Invoke(fakeOptions);
        var slack = await FakeSlack.StartAsync(fakeOptions);
        slack.AddChannel("C1", creator: "U1");
        slack.AddChannel("C2", creator: "U2");
        slack.AddUser(new FakeUser("U1", "Ada Lovelace", "Europe/London", 0, IsAdmin: true));
        slack.AddUser(new FakeUser("U2", "Alan Turing"));
        var clientOptions = new SlackWebApiOptions
        {
            BaseUrl = slack.ApiBaseUrl,
            TransientRetryDelay = TimeSpan.FromMilliseconds(10),
            RequestTimeout = TimeSpan.FromSeconds(5),

            // Tier 1 (one a minute) would make the history tests wait; its pacing is tested in SlackRateLimiterTests.
            RateLimits = new SlackRateLimitOptions
            {
                MethodTiers = new Dictionary<string, SlackRateTier>(SlackRateLimitOptions.DefaultMethodTiers) { ["conversations.history"] = SlackRateTier.Tier4 },
            },
        };
        clientOptions = options?.Invoke(clientOptions) ?? clientOptions;
        return new WebApiHarness(slack, clientOptions, token ?? fakeOptions.BotToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Fake.DisposeAsync();
        http.Dispose();
        Assert.DoesNotContain(Logger.Lines, line => line.Message.Contains(Token, StringComparison.Ordinal));
    }
}
