using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PaperBot.TestKit;

namespace PaperBot.Discord.Fake.Gateway;

/// <summary>
/// A scriptable Discord Gateway on 127.0.0.1. Run it alone with <see cref="StartAsync"/>, or map it onto another
/// fake's <see cref="WebApplication"/> with <see cref="FakeGatewayEndpoints.MapFakeGateway"/>.
/// READY's resume_gateway_url points at <see cref="ResumePath"/>, so tests can see where a Resume went.
/// </summary>
public sealed class FakeDiscordGateway : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    private readonly AwaitableList<FakeGatewayConnection> connections = new();
    private readonly AwaitableList<FakeGatewaySession> sessions = new();
    private readonly CancellationTokenSource shutdown = new();
    private WebApplication? ownApp;
    private int connectionCount;
    private int sessionCount;
    private int identifyCount;
    private int disposed;

    public FakeDiscordGateway(FakeGatewayBehavior? behavior = null) => Behavior = behavior ?? new FakeGatewayBehavior();

    public FakeGatewayBehavior Behavior { get; }

    public string Path { get; private set; } = "/gateway";

    public string ResumePath => Path.TrimEnd('/') + "-resume";

    /// <summary>http://127.0.0.1:port: set by <see cref="StartAsync"/>; a host that maps the gateway sets it once bound.</summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>The URL /gateway/bot would return (needs <see cref="BaseAddress"/>).</summary>
    public Uri GatewayUri => WebSocketUri(Path);

    public Uri ResumeUri => WebSocketUri(ResumePath);

    public IReadOnlyList<FakeGatewayConnection> Connections => connections.Snapshot();

    public IReadOnlyList<FakeGatewaySession> Sessions => sessions.Snapshot();

    public int IdentifyCount => Volatile.Read(ref identifyCount);

    public static async Task<FakeDiscordGateway> StartAsync(FakeGatewayBehavior? behavior = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var gateway = new FakeDiscordGateway(behavior) { ownApp = app };
        app.MapFakeGateway(gateway);
        app.MapFakeGatewayBot(gateway);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        gateway.BaseAddress = new Uri(address);
        return gateway;
    }

    /// <summary>The <paramref name="index"/>-th connection (0-based), waiting for it if needed.</summary>
    public Task<FakeGatewayConnection> WaitForConnectionAsync(int index, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        connections.WaitAsync(c => c.Index == index, timeout ?? DefaultTimeout, () => $"{Connections.Count} connection(s) so far", cancellationToken);

    /// <summary>A /gateway/bot body pointing at this gateway.</summary>
    public string GatewayBotJson(Uri gatewayUri, int shards = 1, int remaining = 999, long resetAfterMs = 14_400_000, int maxConcurrency = 1) =>
        $$$"""{"url":"{{{gatewayUri}}}","shards":{{{shards}}},"session_start_limit":{"total":1000,"remaining":{{{remaining}}},"reset_after":{{{resetAfterMs}}},"max_concurrency":{{{maxConcurrency}}}}}""";

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        await shutdown.CancelAsync();
        foreach (var connection in Connections)
        {
            connection.Abort();
        }

        if (ownApp is not null)
        {
            await ownApp.StopAsync();
            await ownApp.DisposeAsync();
        }

        shutdown.Dispose();
    }

    internal void UsePath(string path) => Path = path;

    internal FakeGatewaySession NewSession()
    {
        var session = new FakeGatewaySession($"fake-session-{Interlocked.Increment(ref sessionCount)}");
        sessions.Add(session);
        return session;
    }

    internal FakeGatewaySession? FindSession(string? sessionId) => Sessions.FirstOrDefault(s => s.SessionId == sessionId);

    internal void CountIdentify() => Interlocked.Increment(ref identifyCount);

    internal async Task AcceptAsync(HttpContext context, bool resumePath)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var resumeUrl = $"ws://{context.Request.Host}{ResumePath}";
        var connection = new FakeGatewayConnection(
            this,
            socket,
            Interlocked.Increment(ref connectionCount) - 1,
            context.Request.Path,
            context.Request.QueryString.Value ?? "",
            resumePath,
            resumeUrl);
        connections.Add(connection);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(shutdown.Token, context.RequestAborted);
        await connection.RunAsync(stop.Token);
    }

    private Uri WebSocketUri(string path)
    {
        var baseAddress = BaseAddress ?? throw new InvalidOperationException("Set BaseAddress (StartAsync does) first.");
        return new UriBuilder(baseAddress) { Scheme = "ws", Path = path }.Uri;
    }
}
