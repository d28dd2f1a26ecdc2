using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PaperBot.TestKit;

namespace PaperBot.Slack.Fake;

/// <summary>
/// A stateful stand-in for one Slack workspace on 127.0.0.1: the Web API under <c>/api/&lt;method&gt;</c> and Socket
/// Mode under <c>/link/</c> (the URL apps.connections.open hands out). Scriptable: failures per method, frames per socket.
/// </summary>
public sealed partial class FakeSlack : IAsyncDisposable
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    private readonly AwaitableList<FakeSocket> sockets = new();
    private readonly AwaitableList<FakeAck> acks = new();
    private readonly AwaitableList<FakeApiCall> calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeSlackFailure>> failures = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource shutdown = new();
    private WebApplication? app;
    private int socketCount;
    private int openSockets;
    private int maxOpenSockets;
    private int disposed;

    private readonly ConcurrentDictionary<string, TimeSpan> answerDelays = new(StringComparer.Ordinal);

    private FakeSlack(FakeSlackOptions options)
    {
        Options = options;
        Responses = new FakeResponseUrls(() => BaseAddress);
    }

    public FakeSlackOptions Options { get; }

    /// <summary>http://127.0.0.1:port/</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What the clients take as their Web API base URL.</summary>
    public Uri ApiBaseUrl => new(BaseAddress, "/api/");

    /// <summary>The response_url endpoints the slash commands and clicks a test sends may name.</summary>
    public FakeResponseUrls Responses { get; }

    public ConcurrentDictionary<string, FakeChannel> Channels { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, FakeUser> Users { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<FakeSocket> Sockets => sockets.Snapshot();

    public IReadOnlyList<FakeApiCall> Calls => calls.Snapshot();

    public IReadOnlyList<FakeAck> Acks => acks.Snapshot();

    /// <summary>Sockets open right now, and the most ever open at once.</summary>
    public int OpenSockets => Volatile.Read(ref openSockets);

    public int MaxOpenSockets => Volatile.Read(ref maxOpenSockets);

    public int CallCount(string method) => Calls.Count(c => c.Method == method);

    public static async Task<FakeSlack> StartAsync(FakeSlackOptions? options = null, CancellationToken cancellationToken = default)
    {
        var fake = new FakeSlack(options ?? new FakeSlackOptions());
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Use(next => connection =>
        {
            var silence = new SilenceSwitch(fake.shutdown.Token);
            connection.Items[SilenceSwitch.ItemKey] = silence;
            connection.Transport = new SilenceableDuplexPipe(connection.Transport, silence);
            return next(connection);
        })));
        builder.Logging.ClearProviders();
        var webApp = builder.Build();
        fake.app = webApp;
        webApp.UseWebSockets();
        webApp.Map("/link", fake.AcceptSocketAsync);
        webApp.MapPost("/api/{method}", fake.HandleApiAsync);
        webApp.MapPost("/respond/{name}", fake.Responses.ReceiveAsync);
        await webApp.StartAsync(cancellationToken);
        var address = webApp.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return fake;
    }

    public FakeChannel AddChannel(string id, string? creator = null, bool isArchived = false, bool botIsMember = true)
    {
        var channel = new FakeChannel { Id = id, Creator = creator, IsArchived = isArchived, BotIsMember = botIsMember };
        Channels[id] = channel;
        return channel;
    }

    public FakeUser AddUser(FakeUser user)
    {
        Users[user.Id] = user;
        return user;
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> fail with <paramref name="failure"/>.</summary>
    public void FailNext(string method, FakeSlackFailure failure, int count = 1)
    {
        var queue = failures.GetOrAdd(method, _ => new ConcurrentQueue<FakeSlackFailure>());
        for (var i = 0; i < count; i++)
        {
            queue.Enqueue(failure);
        }
    }

    /// <summary>From now on, calls of <paramref name="method"/> are carried out at once and answered only after
    /// <paramref name="delay"/>: a slow Slack, so that a client can be stopped with a call in flight.</summary>
    public void DelayAnswers(string method, TimeSpan delay) => answerDelays[method] = delay;

    public Task<FakeSocket> WaitForSocketAsync(int index, TimeSpan? timeout = null) =>
        sockets.WaitAsync(s => s.Index == index, timeout ?? DefaultTimeout, $"socket {index}");

    public Task<FakeAck> WaitForAckAsync(string envelopeId, TimeSpan? timeout = null) =>
        acks.WaitAsync(a => a.EnvelopeId == envelopeId, timeout ?? DefaultTimeout, $"the ack of {envelopeId}");

    public Task<FakeApiCall> WaitForCallAsync(string method, int nth = 1, TimeSpan? timeout = null)
    {
        var seen = 0;
        return calls.WaitAsync(c => c.Method == method && ++seen >= nth, timeout ?? DefaultTimeout, $"call {nth} of {method}");
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        await shutdown.CancelAsync();
        foreach (var socket in Sockets)
        {
            socket.Drop();
        }

        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        shutdown.Dispose();
    }

    internal IReadOnlyList<FakeAck> AcksSnapshot() => acks.Snapshot();

    internal void OnClientFrame(FakeSocket socket, string text)
    {
        try
        {
            var node = JsonNode.Parse(text) as JsonObject;
            if (node?["envelope_id"]?.GetValue<string>() is { } envelopeId)
            {
                acks.Add(new FakeAck(socket.Index, envelopeId, node["payload"]?.DeepClone(), TimeProvider.System.GetUtcNow()));
            }
        }
        catch (JsonException)
        {
            // Slack ignores what it cannot parse; so do we.
        }
    }

    private async Task AcceptSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var webSocket = await context.WebSockets.AcceptWebSocketAsync();
        var silence = context.Features.Get<IConnectionItemsFeature>()?.Items[SilenceSwitch.ItemKey] as SilenceSwitch
            ?? throw new InvalidOperationException("The connection has no silence switch.");
        var socket = new FakeSocket(this, Interlocked.Increment(ref socketCount) - 1, webSocket, context, silence);
        var open = Interlocked.Increment(ref openSockets);
        UpdateMax(open);
        try
        {
            if (Options.SendHello)
            {
                await socket.SendHelloAsync(open);
            }

            sockets.Add(socket);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(shutdown.Token, context.RequestAborted);
            await socket.RunAsync(stop.Token);
        }
        finally
        {
            Interlocked.Decrement(ref openSockets);
        }
    }

    private void UpdateMax(int open)
    {
        int current;
        while (open > (current = Volatile.Read(ref maxOpenSockets)) && Interlocked.CompareExchange(ref maxOpenSockets, open, current) != current)
        {
        }
    }
}
