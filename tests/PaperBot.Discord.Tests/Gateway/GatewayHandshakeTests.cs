using System.Diagnostics;
using System.Text.Json;
using PaperBot.Discord.Gateway;

namespace PaperBot.Discord.Tests.Gateway;

public sealed class GatewayHandshakeTests
{
    [Fact]
    public async Task Identifies_with_token_intents_9217_shard_and_paperbot_properties_then_reports_ready()
    {
        await using var h = await GatewayHarness.StartAsync();

        var connection = await h.ConnectionAsync(0);
        var identify = await connection.WaitForOpAsync(2, GatewayHarness.Timeout);
        var ready = await h.Client.WaitForReadyAsync().WaitAsync(GatewayHarness.Timeout);

        Assert.Equal("/gateway", connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        Assert.Equal(GatewayHarness.Token, identify.Data.GetProperty("token").GetString());
        Assert.Equal(9217, identify.Data.GetProperty("intents").GetInt32());
        Assert.Equal([0, 1], identify.Data.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
        var properties = identify.Data.GetProperty("properties");
        Assert.Equal("paperbot", properties.GetProperty("browser").GetString());
        Assert.Equal("paperbot", properties.GetProperty("device").GetString());
        Assert.False(string.IsNullOrEmpty(properties.GetProperty("os").GetString()));
        Assert.Equal(h.Fake.Behavior.BotUserId, ready.BotUserId);
        Assert.Equal(h.Fake.Behavior.BotUserId, h.Client.BotUserId);
        Assert.Equal(h.Fake.Behavior.ApplicationId, h.Client.ApplicationId);
        Assert.Equal(GatewayConnectionState.Connected, h.Client.Status.State);
        Assert.Equal(1, h.Fake.IdentifyCount);
    }

    [Fact]
    public async Task Heartbeats_carry_null_before_any_event_and_then_the_last_sequence()
    {
        await using var h = await GatewayHarness.StartAsync(b =>
        {
            b.HelloIntervalMs = 100;
            b.AutoReady = false;
        });
        var connection = await h.ConnectionAsync(0);

        var first = await connection.WaitForOpAsync(1, GatewayHarness.Timeout);
        Assert.Equal(JsonValueKind.Null, first.Data.ValueKind);

        await connection.WaitForOpAsync(2, GatewayHarness.Timeout);
        await connection.SendReadyAsync();
        await connection.DispatchAsync("GUILD_CREATE", """{"id":"1"}""");
        var last = await connection.DispatchAsync("GUILD_CREATE", """{"id":"2"}""");
        await h.ReadUntilAsync("GUILD_CREATE");
        await h.ReadUntilAsync("GUILD_CREATE");

        var beat = await connection.WaitForFrameAsync(f => f.Op == 1 && f.HeartbeatSequence == last, GatewayHarness.Timeout);
        Assert.Equal(3, beat.HeartbeatSequence);
    }

    [Fact]
    public async Task First_heartbeat_waits_interval_times_jitter_then_every_interval()
    {
        // jitter 0.25 of 800 ms: the first beat is due after 200 ms, the second 800 ms after the first.
        await using var h = await GatewayHarness.StartAsync(b => b.HelloIntervalMs = 800, jitter: 0.25);
        var connection = await h.ConnectionAsync(0);

        var first = await connection.WaitForOpAsync(1, GatewayHarness.Timeout);
        var second = await connection.WaitForFrameAsync(f => f.Op == 1 && f.ReceivedAt > first.ReceivedAt, GatewayHarness.Timeout);

        var firstAfter = Stopwatch.GetElapsedTime(connection.HelloSentAt, first.ReceivedAt);
        var gap = Stopwatch.GetElapsedTime(first.ReceivedAt, second.ReceivedAt);
        Assert.InRange(firstAfter.TotalMilliseconds, 195, 799);
        // Network latency differs per frame, so allow some slack; a beat paced by the jitter alone would come after 200 ms.
        Assert.True(gap.TotalMilliseconds >= 700, $"second beat came {gap.TotalMilliseconds} ms after the first");
    }

    [Fact]
    public async Task A_heartbeat_request_from_Discord_is_answered_at_once()
    {
        // With a 60 s interval and jitter 0.99 our own first beat is a minute away, so any beat now is the answer.
        await using var h = await GatewayHarness.StartAsync(jitter: 0.99);
        var connection = await h.ConnectionAsync(0);
        await h.Client.WaitForReadyAsync().WaitAsync(GatewayHarness.Timeout);

        await connection.SendHeartbeatRequestAsync();

        var beat = await connection.WaitForOpAsync(1, TimeSpan.FromSeconds(3));
        Assert.Equal(1, beat.HeartbeatSequence);
    }

    [Fact]
    public async Task Two_shards_identify_with_their_own_shard_ids_and_tag_their_dispatches()
    {
        await using var h = await GatewayHarness.StartAsync(shards: 2, maxConcurrency: 2);
        var first = await h.ConnectionAsync(0);
        var second = await h.ConnectionAsync(1);

        var shardIds = new List<int>();
        foreach (var connection in new[] { first, second })
        {
            var identify = await connection.WaitForOpAsync(2, GatewayHarness.Timeout);
            var shard = identify.Data.GetProperty("shard");
            Assert.Equal(2, shard[1].GetInt32());
            shardIds.Add(shard[0].GetInt32());
        }

        Assert.Equal([0, 1], shardIds.Order());
        await h.Client.WaitForReadyAsync().WaitAsync(GatewayHarness.Timeout);
        var byConnection = new[] { first, second }.ToDictionary(c => c, c => c.Received.First(f => f.Op == 2).Data.GetProperty("shard")[0].GetInt32());

        await first.DispatchAsync("FROM_FIRST", "{}");
        var dispatch = (await h.ReadUntilAsync("FROM_FIRST"))[^1];

        Assert.Equal(byConnection[first], dispatch.Shard);
    }
}
