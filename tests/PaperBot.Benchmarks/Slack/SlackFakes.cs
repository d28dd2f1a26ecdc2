using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Slack.Fake;

namespace PaperBot.Benchmarks.Slack;

/// <summary>The fake Slack workspace on 127.0.0.1 (Socket Mode and the Web API, with its pacing of chat.postMessage: 1 a
/// second per channel with a small burst, 300 a minute in the workspace), and the real bot host as <c>paperbot run</c>
/// builds it with Slack's two tokens, pointed at it.</summary>
public sealed class SlackFakes : IAsyncDisposable
{
    public const string Channel = "C0BENCH";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private SlackFakes(FakeSlack fake) => Fake = fake;

    public FakeSlack Fake { get; }

    public string Team => Fake.Options.TeamId;

    public static async Task<SlackFakes> StartAsync(CancellationToken cancellationToken)
    {
        var fake = await FakeSlack.StartAsync(cancellationToken: cancellationToken);
        fake.AddChannel(Channel, creator: "U0OWNER");
        return new SlackFakes(fake);
    }

    /// <summary>The bot host on <paramref name="database"/> with Slack's tokens (see <see cref="BotHost"/>).</summary>
    public IHost Build(string database, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
        => BotHost.Build(database, new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = Fake.Options.BotToken,
            ["Slack:AppToken"] = Fake.Options.AppToken,
            ["Slack:ApiBaseUrl"] = Fake.ApiBaseUrl.ToString(),
        }, settings, configure);

    /// <summary>Starts the host and returns the socket it opened, hello sent.</summary>
    public async Task<FakeSocket> StartAsync(IHost host, CancellationToken cancellationToken)
    {
        var next = Fake.Sockets.Count;
        await host.StartAsync(cancellationToken);
        return await Fake.WaitForSocketAsync(next, Patience);
    }

    public ValueTask DisposeAsync() => Fake.DisposeAsync();
}
