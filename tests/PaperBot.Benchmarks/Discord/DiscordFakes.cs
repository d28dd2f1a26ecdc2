using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Discord.Fake.Gateway;
using PaperBot.Discord.Fake.Rest;

namespace PaperBot.Benchmarks.Discord;

/// <summary>The fake Gateway and fake REST API on 127.0.0.1 with Discord's documented limits (the fake's defaults), and
/// the real bot host as <c>paperbot run</c> builds it with a token, pointed at them.</summary>
public sealed class DiscordFakes : IAsyncDisposable
{
    private const string Token = "bench-bot-token";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private DiscordFakes(FakeDiscordGateway gateway, FakeDiscordRest rest)
    {
        Gateway = gateway;
        Rest = rest;
    }

    public FakeDiscordGateway Gateway { get; }

    public FakeDiscordRest Rest { get; }

    public string ApplicationId => Rest.Options.ApplicationId.ToString(CultureInfo.InvariantCulture);

    public static async Task<DiscordFakes> StartAsync(CancellationToken cancellationToken)
    {
        var gateway = await FakeDiscordGateway.StartAsync(new FakeGatewayBehavior
        {
            HelloIntervalMs = 41_250,
            BotUserId = "1100000000000000001",
            ApplicationId = "1100000000000000002",
        }, cancellationToken);
        var rest = await FakeDiscordRest.StartAsync(new FakeDiscordRestOptions { RequiredToken = Token, GatewayUrl = gateway.GatewayUri.ToString() }, cancellationToken);
        return new DiscordFakes(gateway, rest);
    }

    /// <summary>The bot host on <paramref name="database"/>; feeds are off (no network), logs only from warnings up (a
    /// line per digest would time the console), everything else as shipped unless <paramref name="settings"/> says.</summary>
    public IHost Build(string database, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
        => BotHost.Build(database, new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApplicationId"] = ApplicationId,
            ["Discord:ApiBaseUrl"] = Rest.BaseUrl,
        }, settings, configure);

    /// <summary>Starts the host and waits until its Gateway connection has a session (READY sent), so dispatches may flow.</summary>
    public async Task<FakeGatewayConnection> StartAsync(IHost host, CancellationToken cancellationToken)
    {
        var next = Gateway.Connections.Count;
        await host.StartAsync(cancellationToken);
        var connection = await Gateway.WaitForConnectionAsync(next, Patience, cancellationToken);
        await connection.WaitForOpAsync(2, Patience, cancellationToken);
        await Until.TrueAsync(() => connection.Session is not null, "READY", Patience, cancellationToken);
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await Rest.DisposeAsync();
        await Gateway.DisposeAsync();
    }
}
