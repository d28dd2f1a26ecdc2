using Microsoft.Extensions.Logging;
using PaperBot.Adapters;
using PaperBot.Slack.SocketMode;

namespace PaperBot.Slack.Tests.SocketMode;

public sealed class SocketModeLifecycleTests
{
    [Theory]
    [InlineData("slack-socket-disconnect-refresh_requested.json")]
    [InlineData("slack-socket-disconnect-warning.json")]
    public async Task A_refresh_opens_the_next_socket_and_waits_for_its_hello_before_closing_the_old_one(string disconnectFixture)
    {
        await using var h = await SocketModeHarness.StartAsync(fake: f => f.SendHello = false);
        var old = await h.SocketAsync(0);
        await old.SendHelloAsync();
        await h.Client.WaitForConnectedAsync().WaitAsync(SocketModeHarness.Timeout);

        await old.SendAsync(TestData.Text(disconnectFixture));
        var next = await h.SocketAsync(1);
        Assert.Equal(2, h.Fake.CallCount("apps.connections.open"));

        // Between the refresh and the new hello the old socket still carries envelopes.
        await old.SendEnvelopeAsync("env-between", "events_api", SocketModeHarness.EventPayload("EvBetween"));
        var between = await h.NextEnvelopeAsync();
        Assert.Equal("env-between", between.EnvelopeId);
        Assert.Equal(old.Index, (await h.Fake.WaitForAckAsync("env-between")).SocketIndex);
        await Task.Delay(100);
        Assert.Null(old.ClosedBy);
        Assert.Equal(2, h.Fake.OpenSockets);

        var helloAt = TimeProvider.System.GetUtcNow();
        await next.SendHelloAsync(2);
        await old.Closed.WaitAsync(SocketModeHarness.Timeout);
        Assert.Equal("client", old.ClosedBy);
        Assert.True(old.ClosedAt >= helloAt);
        Assert.Equal(2, h.Fake.MaxOpenSockets);

        // Slack may deliver the same envelope on both sockets during the overlap; it reaches the consumer once.
        await next.SendEnvelopeAsync("env-between", "events_api", SocketModeHarness.EventPayload("EvBetween"));
        await next.SendEnvelopeAsync("env-after", "events_api", SocketModeHarness.EventPayload("EvAfter"));
        Assert.Equal("env-after", (await h.NextEnvelopeAsync()).EnvelopeId);
        Assert.True(h.Client.Status.IsConnected);
    }

    [Fact]
    public async Task Link_disabled_stops_with_one_clear_line_and_no_reconnect()
    {
        await using var h = await SocketModeHarness.StartAsync();
        var socket = await h.ConnectedAsync();
        await socket.SendAsync(TestData.Text("slack-socket-disconnect-link_disabled.json"));

        await h.Client.Completion.WaitAsync(SocketModeHarness.Timeout);
        Assert.Equal(SocketModeState.Failed, h.Client.Status.State);
        await Task.Delay(300);
        Assert.Single(h.Fake.Sockets);
        Assert.Equal(1, h.Fake.CallCount("apps.connections.open"));
        var line = Assert.Single(h.Logger.Lines, l => l.Level >= LogLevel.Error);
        Assert.Contains("link_disabled", line.Message, StringComparison.Ordinal);
        await h.Client.Envelopes.Completion.WaitAsync(SocketModeHarness.Timeout);
    }

    [Fact]
    public async Task Link_disabled_on_the_old_socket_during_a_refresh_stops_the_refresh_too()
    {
        await using var h = await SocketModeHarness.StartAsync(fake: f => f.SendHello = false, options: o => o with { HelloTimeout = TimeSpan.FromMilliseconds(300) });
        var old = await h.SocketAsync(0);
        await old.SendHelloAsync();
        await h.Client.WaitForConnectedAsync().WaitAsync(SocketModeHarness.Timeout);
        await old.SendDisconnectAsync("refresh_requested");
        await h.SocketAsync(1); // never says hello
        await old.SendDisconnectAsync("link_disabled");

        await h.Client.Completion.WaitAsync(SocketModeHarness.Timeout);
        Assert.Equal(SocketModeState.Failed, h.Client.Status.State);
        Assert.Contains("link_disabled", h.Client.Status.Reason, StringComparison.Ordinal);
        Assert.True(h.Fake.Sockets.Count <= 3);
    }

    [Fact]
    public async Task A_silent_socket_is_replaced_after_the_idle_timeout()
    {
        await using var h = await SocketModeHarness.StartAsync(options: o => o with { IdleTimeout = TimeSpan.FromMilliseconds(400) });
        var first = await h.ConnectedAsync();
        first.GoSilent();

        var second = await h.SocketAsync(1);
        await h.WaitUntilAsync(() => h.Client.Status.IsConnected, "connected again");
        await second.SendEnvelopeAsync("env-2", "events_api", SocketModeHarness.EventPayload("Ev2"));
        Assert.Equal("env-2", (await h.NextEnvelopeAsync()).EnvelopeId);
        Assert.Contains(h.Logger.Lines, l => l.Message.Contains("silent socket", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_half_open_socket_is_detected_by_keep_alive_pings()
    {
        await using var h = await SocketModeHarness.StartAsync(options: o => o with
        {
            IdleTimeout = null,
            KeepAliveInterval = TimeSpan.FromMilliseconds(200),
            KeepAliveTimeout = TimeSpan.FromMilliseconds(300),
        });
        var first = await h.ConnectedAsync();
        first.GoSilent();

        await h.SocketAsync(1);
        await h.WaitUntilAsync(() => h.Client.Status.IsConnected, "connected again");
        Assert.Equal(2, h.Fake.CallCount("apps.connections.open"));
    }

    [Fact]
    public async Task A_dropped_connection_reconnects_through_a_new_apps_connections_open()
    {
        await using var h = await SocketModeHarness.StartAsync();
        var first = await h.ConnectedAsync();
        first.Drop();

        var second = await h.SocketAsync(1);
        Assert.NotEqual(first.Query, second.Query);
        await h.WaitUntilAsync(() => h.Client.Status.IsConnected, "connected again");
        Assert.Equal(2, h.Fake.CallCount("apps.connections.open"));
    }

    [Fact]
    public async Task A_server_close_after_too_many_websockets_reconnects()
    {
        await using var h = await SocketModeHarness.StartAsync();
        var first = await h.ConnectedAsync();
        await first.SendAsync(TestData.Text("slack-socket-disconnect-too_many_websockets-sdk.json"));
        await first.CloseAsync();

        await h.SocketAsync(1);
        await h.WaitUntilAsync(() => h.Client.Status.IsConnected, "connected again");
        Assert.Contains(h.Logger.Lines, l => l.Message.Contains("too_many_websockets", StringComparison.Ordinal));
    }

    [Fact]
    public void Backoff_doubles_up_to_the_cap_with_jitter_between_half_and_full()
    {
        var max = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), () => 1);
        var waits = Enumerable.Range(0, 10).Select(_ => max.Next().TotalSeconds).ToList();
        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60, 60], waits);

        var min = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), () => 0);
        Assert.Equal(0.5, min.Next().TotalSeconds);
        for (var i = 0; i < 40; i++)
        {
            Assert.InRange(min.Next().TotalSeconds, 0.5, 30);
        }

        min.Reset();
        Assert.Equal(0.5, min.Next().TotalSeconds);
    }

    [Fact]
    public async Task Repeated_connect_failures_back_off_no_further_than_the_cap()
    {
        // 20 ms doubling seven times would be 1280 ms; the 100 ms cap keeps every gap near 100 ms.
        await using var h = await SocketModeHarness.StartAsync(start: false, options: o => o with { MaxBackoff = TimeSpan.FromMilliseconds(100) });
        h.Fake.FailNext("apps.connections.open", Fake.FakeSlackFailure.ServerError, 7);
        await h.Client.StartAsync();
        await h.ConnectedAsync();
        var opens = h.Fake.Calls.Where(c => c.Method == "apps.connections.open").Select(c => c.At).ToList();
        Assert.Equal(8, opens.Count);
        var gaps = opens.Zip(opens.Skip(1), (a, b) => (b - a).TotalMilliseconds).ToList();
        Assert.True(gaps[^1] < 1000, $"gaps {string.Join(", ", gaps)}");
        Assert.True(gaps[^1] >= 90, $"gaps {string.Join(", ", gaps)}");
        Assert.True(gaps[0] < gaps[^1], $"gaps {string.Join(", ", gaps)}");
    }
}
