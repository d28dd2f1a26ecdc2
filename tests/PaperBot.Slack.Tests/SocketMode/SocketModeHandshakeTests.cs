using Microsoft.Extensions.Logging;
using PaperBot.Slack.SocketMode;

namespace PaperBot.Slack.Tests.SocketMode;

public sealed class SocketModeHandshakeTests
{
    [Fact]
    public async Task The_connection_counts_as_up_only_after_hello()
    {
        await using var h = await SocketModeHarness.StartAsync(fake: f => f.SendHello = false);
        var socket = await h.SocketAsync(0);
        await Task.Delay(200);
        Assert.False(h.Client.Status.IsConnected);
        Assert.False(h.Client.WaitForConnectedAsync().IsCompleted);

        await socket.SendHelloAsync();
        await h.Client.WaitForConnectedAsync().WaitAsync(SocketModeHarness.Timeout);
        Assert.Equal(SocketModeState.Connected, h.Client.Status.State);
    }

    [Fact]
    public async Task Apps_connections_open_is_called_with_the_app_token_as_bearer()
    {
        await using var h = await SocketModeHarness.StartAsync();
        await h.ConnectedAsync();
        var call = Assert.Single(h.Fake.Calls, c => c.Method == "apps.connections.open");
        Assert.Equal("Bearer " + h.Fake.Options.AppToken, call.Authorization);
        Assert.DoesNotContain("token", call.Body, StringComparison.Ordinal);
        Assert.StartsWith("?ticket=fake-1", (await h.SocketAsync(0)).Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Debug_reconnects_is_appended_to_the_socket_url_when_asked_for()
    {
        await using var h = await SocketModeHarness.StartAsync(options: o => o with { DebugReconnects = true });
        var socket = await h.ConnectedAsync();
        Assert.EndsWith("&debug_reconnects=true", socket.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hello_that_is_not_json_is_ignored_and_the_real_hello_connects()
    {
        await using var h = await SocketModeHarness.StartAsync(fake: f => f.SendHello = false);
        var socket = await h.SocketAsync(0);
        await socket.SendAsync(TestData.Text("slack-socket-hello-docs.INVALID-JSON.txt"));
        await Task.Delay(100);
        Assert.False(h.Client.Status.IsConnected);

        await socket.SendAsync(TestData.Text("slack-socket-hello.json"));
        await h.Client.WaitForConnectedAsync().WaitAsync(SocketModeHarness.Timeout);
        Assert.Contains(h.Logger.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("not Socket Mode JSON", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invalid_auth_from_apps_connections_open_stops_with_a_clear_line_and_no_token()
    {
        await using var h = await SocketModeHarness.StartAsync(appToken: "xapp-1-wrong-secret-token");
        await h.Client.Completion.WaitAsync(SocketModeHarness.Timeout);
        Assert.Equal(SocketModeState.Failed, h.Client.Status.State);
        Assert.Contains("invalid_auth", h.Client.Status.Reason, StringComparison.Ordinal);
        Assert.Equal(1, h.Fake.CallCount("apps.connections.open"));
        var line = Assert.Single(h.Logger.Lines, l => l.Level == LogLevel.Critical);
        Assert.Contains("invalid_auth", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret", line.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => h.Client.WaitForConnectedAsync());
    }

    [Fact]
    public async Task A_bot_token_in_place_of_the_app_token_is_not_allowed_and_fatal()
    {
        var options = new Fake.FakeSlackOptions();
        await using var h = await SocketModeHarness.StartAsync(appToken: options.BotToken);
        await h.Client.Completion.WaitAsync(SocketModeHarness.Timeout);
        Assert.Equal(SocketModeState.Failed, h.Client.Status.State);
        Assert.Contains("not_allowed_token_type", h.Client.Status.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apps_connections_open_errors_that_may_pass_are_retried_with_backoff()
    {
        await using var h = await SocketModeHarness.StartAsync(start: false);
        h.Fake.FailNext("apps.connections.open", Fake.FakeSlackFailure.ServerError, 2);
        h.Fake.FailNext("apps.connections.open", Fake.FakeSlackFailure.Ok("internal_error"));
        await h.Client.StartAsync();
        await h.ConnectedAsync();
        Assert.Equal(4, h.Fake.CallCount("apps.connections.open"));
        Assert.Equal(3, h.Logger.Lines.Count(l => l.Level == LogLevel.Warning && l.Message.Contains("apps.connections.open failed", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Stop_closes_the_socket_and_completes_the_envelope_reader()
    {
        await using var h = await SocketModeHarness.StartAsync();
        var socket = await h.ConnectedAsync();
        await h.Client.StopAsync().WaitAsync(SocketModeHarness.Timeout);
        await socket.Closed.WaitAsync(SocketModeHarness.Timeout);
        Assert.Equal("client", socket.ClosedBy);
        Assert.Equal(SocketModeState.Stopped, h.Client.Status.State);
        await h.Client.Envelopes.Completion.WaitAsync(SocketModeHarness.Timeout);
    }
}
