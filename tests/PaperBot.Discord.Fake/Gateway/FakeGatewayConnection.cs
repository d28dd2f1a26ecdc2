using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PaperBot.TestKit;

namespace PaperBot.Discord.Fake.Gateway;

/// <summary>One client socket on the fake gateway: records what the client sends and lets a test script what it gets.</summary>
public sealed class FakeGatewayConnection
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    private readonly FakeDiscordGateway gateway;
    private readonly WebSocket socket;
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly AwaitableList<FakeGatewayFrame> received = new();
    private readonly TaskCompletionSource<FakeGatewayClose> closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string resumeUrl;

    internal FakeGatewayConnection(FakeDiscordGateway gateway, WebSocket socket, int index, string path, string query, bool isResumePath, string resumeUrl)
    {
        this.gateway = gateway;
        this.socket = socket;
        this.resumeUrl = resumeUrl;
        Index = index;
        Path = path;
        Query = query;
        IsResumePath = isResumePath;
        AutoAck = gateway.Behavior.AutoAck;
        AutoReady = gateway.Behavior.AutoReady;
        AutoResume = gateway.Behavior.AutoResume;
        ConnectedAt = Stopwatch.GetTimestamp();
    }

    /// <summary>0 for the first connection the gateway accepted, then 1, 2, …</summary>
    public int Index { get; }

    public string Path { get; }

    /// <summary>The query string as the client sent it, e.g. <c>?v=10&amp;encoding=json</c>.</summary>
    public string Query { get; }

    /// <summary>Whether the client came in on the resume path that READY advertised.</summary>
    public bool IsResumePath { get; }

    public bool AutoAck { get; set; }

    public bool AutoReady { get; set; }

    public bool AutoResume { get; set; }

    public long ConnectedAt { get; }

    /// <summary>Stopwatch timestamp of the Hello we sent, 0 if none.</summary>
    public long HelloSentAt { get; private set; }

    /// <summary>The session this connection identified into or resumed.</summary>
    public FakeGatewaySession? Session { get; private set; }

    public IReadOnlyList<FakeGatewayFrame> Received => received.Snapshot();

    /// <summary>Completes when the socket ends, with the client's close code (null after a drop).</summary>
    public Task<FakeGatewayClose> Closed => closed.Task;

    public Task<FakeGatewayFrame> WaitForFrameAsync(Func<FakeGatewayFrame, bool> match, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        received.WaitAsync(match, timeout ?? DefaultTimeout, Describe, cancellationToken);

    /// <summary>The first frame with this op, whether it came already or is still to come.</summary>
    public Task<FakeGatewayFrame> WaitForOpAsync(int op, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        WaitForFrameAsync(f => f.Op == op, timeout, cancellationToken);

    public async Task<FakeGatewayClose> WaitForCloseAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await closed.Task.WaitAsync(timeout ?? DefaultTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Connection {Index} did not close; {Describe()}");
        }
    }

    public async Task SendHelloAsync(int heartbeatIntervalMs, CancellationToken cancellationToken = default)
    {
        HelloSentAt = Stopwatch.GetTimestamp();
        await SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = heartbeatIntervalMs }, ["s"] = null, ["t"] = null }, cancellationToken);
    }

    /// <summary>Starts a new session and sends READY (seq 1) with a resume_gateway_url on the resume path.</summary>
    public async Task<FakeGatewaySession> SendReadyAsync(int shardId = 0, int shardCount = 1, CancellationToken cancellationToken = default)
    {
        var session = gateway.NewSession();
        Session = session;
        var data = new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = gateway.Behavior.BotUserId, ["username"] = "paperbot", ["bot"] = true },
            ["guilds"] = new JsonArray(),
            ["session_id"] = session.SessionId,
            ["resume_gateway_url"] = resumeUrl,
            ["shard"] = new JsonArray(shardId, shardCount),
            ["application"] = new JsonObject { ["id"] = gateway.Behavior.ApplicationId, ["flags"] = 0 },
        };
        await SendDispatchAsync("READY", data, session.NextSequence(), cancellationToken);
        return session;
    }

    /// <summary>Sends an event in this connection's session with the next seq, and keeps it for replay.</summary>
    public async Task<long> DispatchAsync(string type, string dataJson, CancellationToken cancellationToken = default)
    {
        var session = Session ?? throw new InvalidOperationException("No session yet: send READY or let the client resume first.");
        var data = JsonNode.Parse(dataJson);
        var sequence = session.Record(type, data);
        await SendDispatchAsync(type, data?.DeepClone(), sequence, cancellationToken);
        return sequence;
    }

    public Task SendHeartbeatRequestAsync(CancellationToken cancellationToken = default) =>
        SendAsync(new JsonObject { ["op"] = 1, ["d"] = null }, cancellationToken);

    public Task SendHeartbeatAckAsync(CancellationToken cancellationToken = default) =>
        SendAsync(new JsonObject { ["op"] = 11 }, cancellationToken);

    public Task SendReconnectAsync(CancellationToken cancellationToken = default) =>
        SendAsync(new JsonObject { ["op"] = 7, ["d"] = null }, cancellationToken);

    public Task SendInvalidSessionAsync(bool resumable, CancellationToken cancellationToken = default) =>
        SendAsync(new JsonObject { ["op"] = 9, ["d"] = resumable }, cancellationToken);

    public async Task SendRawAsync(string json, CancellationToken cancellationToken = default)
    {
        await sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Sends a close frame with <paramref name="code"/>, as Discord does before dropping a connection.</summary>
    public async Task CloseAsync(int code, string reason = "", CancellationToken cancellationToken = default)
    {
        await sendLock.WaitAsync(cancellationToken);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken);
            }
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Abort() => socket.Abort();

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        if (gateway.Behavior.HelloIntervalMs is { } interval)
        {
            await SendHelloAsync(interval, cancellationToken);
        }

        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancellationToken);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        closed.TrySetResult(new FakeGatewayClose((int?)result.CloseStatus, result.CloseStatusDescription));
                        await AnswerCloseAsync(result, cancellationToken);
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var frame = FakeGatewayFrame.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length), Stopwatch.GetTimestamp());
                received.Add(frame);
                await RespondAsync(frame, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // A drop: ours (Abort, shutdown) or the client's.
        }
        finally
        {
            closed.TrySetResult(new FakeGatewayClose(null, null));
        }
    }

    private async Task AnswerCloseAsync(WebSocketReceiveResult result, CancellationToken cancellationToken)
    {
        await sendLock.WaitAsync(cancellationToken);
        try
        {
            if (socket.State == WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(result.CloseStatus ?? WebSocketCloseStatus.NormalClosure, result.CloseStatusDescription, cancellationToken);
            }
        }
        finally
        {
            sendLock.Release();
        }
    }

    private async Task RespondAsync(FakeGatewayFrame frame, CancellationToken cancellationToken)
    {
        switch (frame.Op)
        {
            case 1 when AutoAck:
                await SendHeartbeatAckAsync(cancellationToken);
                break;
            case 2:
                gateway.CountIdentify();
                if (AutoReady)
                {
                    var shard = frame.Data.TryGetProperty("shard", out var s) && s.ValueKind == JsonValueKind.Array
                        ? (s[0].GetInt32(), s[1].GetInt32())
                        : (0, 1);
                    await SendReadyAsync(shard.Item1, shard.Item2, cancellationToken);
                }

                break;
            case 6 when AutoResume:
                await ResumeAsync(frame, cancellationToken);
                break;
        }
    }

    private async Task ResumeAsync(FakeGatewayFrame frame, CancellationToken cancellationToken)
    {
        var sessionId = frame.Data.GetProperty("session_id").GetString();
        var seq = frame.Data.TryGetProperty("seq", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : 0;
        var session = gateway.FindSession(sessionId);
        if (session is null)
        {
            await SendInvalidSessionAsync(resumable: false, cancellationToken);
            return;
        }

        Session = session;
        foreach (var (sequence, type, data) in session.After(seq))
        {
            await SendDispatchAsync(type, data?.DeepClone(), sequence, cancellationToken);
        }

        await SendDispatchAsync("RESUMED", new JsonObject(), session.NextSequence(), cancellationToken);
    }

    private Task SendDispatchAsync(string type, JsonNode? data, long sequence, CancellationToken cancellationToken) =>
        SendAsync(new JsonObject { ["op"] = 0, ["d"] = data, ["s"] = sequence, ["t"] = type }, cancellationToken);

    private Task SendAsync(JsonObject payload, CancellationToken cancellationToken) =>
        SendRawAsync(payload.ToJsonString(), cancellationToken);

    private string Describe() =>
        $"connection {Index} on {Path} received ops [{string.Join(", ", Received.Select(f => f.Op))}]";
}
