using PaperBot.Discord.Fake.Gateway;
using PaperBot.Discord.Gateway;

namespace PaperBot.Discord.Tests.Gateway;

public sealed class GatewayResumeTests
{
    [Fact]
    public async Task A_missing_heartbeat_ack_closes_with_a_resumable_code_and_resumes_on_the_resume_url()
    {
        await using var h = await GatewayHarness.StartAsync(b =>
        {
            b.HelloIntervalMs = 100;
            b.AutoAck = false;
        });
        var zombie = await h.ConnectionAsync(0);
        h.Fake.Behavior.AutoAck = true; // only the first connection withholds ACKs
        await h.Client.WaitForReadyAsync().WaitAsync(GatewayHarness.Timeout);

        var close = await zombie.WaitForCloseAsync(GatewayHarness.Timeout);
        var resumed = await h.ConnectionAsync(1);
        var resume = await resumed.WaitForOpAsync(6, GatewayHarness.Timeout);

        Assert.NotNull(close.Code);
        Assert.NotEqual(1000, close.Code);
        Assert.NotEqual(1001, close.Code);
        AssertResume(h, resumed, resume, sequence: 1);
        Assert.Contains(zombie.Received, f => f.Op == 1); // the beat that went unanswered
        await h.ReadUntilAsync("RESUMED");
        Assert.Equal(GatewayConnectionState.Connected, h.Client.Status.State);
    }

    [Fact]
    public async Task Op_7_reconnects_and_resumes()
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = await h.ConnectionAsync(0);
        await h.Client.WaitForReadyAsync().WaitAsync(GatewayHarness.Timeout);
        var sequence = await first.DispatchAsync("GUILD_CREATE", "{}");
        await h.ReadUntilAsync("GUILD_CREATE");

        await first.SendReconnectAsync();

        var close = await first.WaitForCloseAsync(GatewayHarness.Timeout);
        var second = await h.ConnectionAsync(1);
        AssertResume(h, second, await second.WaitForOpAsync(6, GatewayHarness.Timeout), sequence);
        Assert.NotEqual(1000, close.Code);
    }

    [Fact]
    public async Task Op_7_before_hello_is_obeyed()
    {
        await using var h = await GatewayHarness.StartAsync(b => b.HelloIntervalMs = null);
        var first = await h.ConnectionAsync(0);
        h.Fake.Behavior.HelloIntervalMs = 60_000;

        await first.SendReconnectAsync();

        // No session yet, so the client comes back on the /gateway/bot URL and identifies.
        var second = await h.ConnectionAsync(1);
        await second.WaitForOpAsync(2, GatewayHarness.Timeout);
        await h.Client.WaitForReadyAsync().WaitAsync(GatewayHarness.Timeout);
        Assert.False(second.IsResumePath);
        Assert.DoesNotContain(first.Received, f => f.Op == 2);
    }

    [Fact]
    public async Task Op_9_true_resumes()
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = await h.ConnectionAsync(0);
        await h.Client.WaitForReadyAsync().WaitAsync(GatewayHarness.Timeout);

        await first.SendInvalidSessionAsync(resumable: true);

        var second = await h.ConnectionAsync(1);
        AssertResume(h, second, await second.WaitForOpAsync(6, GatewayHarness.Timeout), sequence: 1);
    }

    [Fact]
    public async Task Op_9_false_starts_a_new_session_with_one_identify_after_a_short_delay()
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = await h.ConnectionAsync(0);
        await h.Client.WaitForReadyAsync().WaitAsync(GatewayHarness.Timeout);
        var sent = System.Diagnostics.Stopwatch.GetTimestamp();

        await first.SendInvalidSessionAsync(resumable: false);

        var second = await h.ConnectionAsync(1);
        await second.WaitForOpAsync(2, GatewayHarness.Timeout);
        await h.ReadUntilAsync("READY");
        await h.ReadUntilAsync("READY");
        Assert.False(second.IsResumePath);
        Assert.DoesNotContain(second.Received, f => f.Op == 6);
        Assert.Single(second.Received, f => f.Op == 2);
        Assert.Equal(2, h.Fake.IdentifyCount);
        Assert.True(
            System.Diagnostics.Stopwatch.GetElapsedTime(sent, second.ConnectedAt) >= GatewayHarness.FastTimings.InvalidSessionMinDelay,
            "the client re-identified without the random delay");
    }

    [Fact]
    public async Task Close_4000_reconnects_and_resumes()
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = await h.ConnectionAsync(0);
        await h.Client.WaitForReadyAsync().WaitAsync(GatewayHarness.Timeout);

        await first.CloseAsync(4000, "unknown error");

        var second = await h.ConnectionAsync(1);
        AssertResume(h, second, await second.WaitForOpAsync(6, GatewayHarness.Timeout), sequence: 1);
        await h.ReadUntilAsync("RESUMED");
        Assert.True(h.Client.Status.IsConnected);
    }

    [Fact]
    public async Task A_dropped_connection_reconnects_and_resumes()
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = await h.ConnectionAsync(0);
        await h.Client.WaitForReadyAsync().WaitAsync(GatewayHarness.Timeout);

        first.Abort();

        var second = await h.ConnectionAsync(1);
        AssertResume(h, second, await second.WaitForOpAsync(6, GatewayHarness.Timeout), sequence: 1);
    }

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task Close_codes_that_end_the_session_start_a_new_one(int code)
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = await h.ConnectionAsync(0);
        await h.Client.WaitForReadyAsync().WaitAsync(GatewayHarness.Timeout);

        await first.CloseAsync(code);

        var second = await h.ConnectionAsync(1);
        await second.WaitForOpAsync(2, GatewayHarness.Timeout);
        Assert.False(second.IsResumePath);
        Assert.DoesNotContain(second.Received, f => f.Op == 6);
    }

    [Fact]
    public async Task Resume_gets_the_missed_events_in_order_then_resumed()
    {
        await using var h = await GatewayHarness.StartAsync();
        var first = await h.ConnectionAsync(0);
        await h.Client.WaitForReadyAsync().WaitAsync(GatewayHarness.Timeout);
        await first.DispatchAsync("SEEN", "{}");
        await h.ReadUntilAsync("SEEN");
        var session = h.Fake.Sessions.Single();
        session.RecordMissed("MISSED_A", """{"n":1}""");
        session.RecordMissed("MISSED_B", """{"n":2}""");

        await first.SendReconnectAsync();
        var replayed = await h.ReadUntilAsync("RESUMED");

        Assert.Equal(["MISSED_A", "MISSED_B", "RESUMED"], replayed.Select(d => d.Type));
        Assert.Equal([3L, 4L, 5L], replayed.Select(d => d.Sequence));
        Assert.Equal(2, replayed[1].Data.GetProperty("n").GetInt32());
        Assert.Equal(1, h.Fake.IdentifyCount);
    }

    private static void AssertResume(GatewayHarness h, FakeGatewayConnection connection, FakeGatewayFrame resume, long sequence)
    {
        Assert.True(connection.IsResumePath, $"resumed on {connection.Path}, not on READY's resume_gateway_url");
        Assert.Equal(h.Fake.ResumePath, connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        Assert.Equal(GatewayHarness.Token, resume.Data.GetProperty("token").GetString());
        Assert.Equal(h.Fake.Sessions.Single().SessionId, resume.Data.GetProperty("session_id").GetString());
        Assert.Equal(sequence, resume.Data.GetProperty("seq").GetInt64());
        Assert.DoesNotContain(connection.Received, f => f.Op == 2);
        Assert.Equal(1, h.Fake.IdentifyCount);
    }
}
