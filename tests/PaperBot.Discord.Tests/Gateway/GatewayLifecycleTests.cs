using Microsoft.Extensions.Logging;
using PaperBot.Discord.Gateway;

namespace PaperBot.Discord.Tests.Gateway;

public sealed class GatewayLifecycleTests
{
    [Theory]
    [InlineData(4004, "token")]
    [InlineData(4010, "shard")]
    [InlineData(4011, "sharding")]
    [InlineData(4012, "version")]
    [InlineData(4013, "intents")]
    [InlineData(4014, "intents")]
    public async Task A_fatal_close_stops_the_client_for_good_and_says_why(int code, string meaning)
    {
        await using var h = await GatewayHarness.StartAsync(b => b.AutoReady = false);
        var connection = await h.ConnectionAsync(0);
        await connection.WaitForOpAsync(2, GatewayHarness.Timeout);

        await connection.CloseAsync(code, "refused");

        await h.Client.Completion.WaitAsync(GatewayHarness.Timeout);
        var status = h.Client.Status;
        Assert.Equal(GatewayConnectionState.Failed, status.State);
        Assert.Equal(code, status.CloseCode);
        Assert.Contains(meaning, status.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Single(h.Fake.Connections);
        var error = Assert.Single(h.Logger.Lines, l => l.Level >= LogLevel.Error);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        var failure = await Assert.ThrowsAsync<GatewayFatalCloseException>(() => h.Client.WaitForReadyAsync().WaitAsync(GatewayHarness.Timeout));
        Assert.Equal(code, failure.CloseCode);
        Assert.True(h.Client.Dispatches.Completion.IsCompleted);
    }

    [Fact]
    public async Task Stop_closes_with_1000_ends_the_loops_and_completes_the_dispatch_channel()
    {
        await using var h = await GatewayHarness.StartAsync();
        var connection = await h.ConnectionAsync(0);
        await h.Client.WaitForReadyAsync().WaitAsync(GatewayHarness.Timeout);
        Assert.True(h.Client.Status.IsConnected);

        await h.Client.StopAsync().WaitAsync(GatewayHarness.Timeout);

        var close = await connection.WaitForCloseAsync(GatewayHarness.Timeout);
        Assert.Equal(1000, close.Code);
        Assert.True(h.Client.Completion.IsCompleted);
        Assert.Equal(GatewayConnectionState.Stopped, h.Client.Status.State);
        using var drain = new CancellationTokenSource(GatewayHarness.Timeout);
        var left = await h.Client.ReadDispatchesAsync(drain.Token).ToListAsync(drain.Token); // ends only because the channel completed
        Assert.Equal(["READY"], left.Select(d => d.Type));
        Assert.Single(h.Fake.Connections);
    }

    [Fact]
    public async Task Stop_while_Discord_is_unreachable_ends_the_backoff_loop()
    {
        await using var h = await GatewayHarness.StartAsync(start: false);
        await h.Fake.DisposeAsync(); // nothing listens any more
        await h.Client.StartAsync();

        await h.Client.StopAsync().WaitAsync(GatewayHarness.Timeout);

        Assert.True(h.Client.Completion.IsCompleted);
        Assert.Equal(GatewayConnectionState.Stopped, h.Client.Status.State);
    }

    [Fact]
    public async Task Status_says_why_it_is_not_connected_until_READY()
    {
        await using var h = await GatewayHarness.StartAsync(b => b.AutoReady = false);
        var connection = await h.ConnectionAsync(0);
        await connection.WaitForOpAsync(2, GatewayHarness.Timeout);

        Assert.False(h.Client.Status.IsConnected);
        Assert.Equal(GatewayConnectionState.Connecting, h.Client.Status.State);
        Assert.Contains("127.0.0.1", h.Client.Status.Reason, StringComparison.Ordinal);
        await connection.SendReadyAsync();
        await h.Client.WaitForReadyAsync().WaitAsync(GatewayHarness.Timeout);
        Assert.True(h.Client.Status.IsConnected);
    }
}
