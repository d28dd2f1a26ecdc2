using Microsoft.Extensions.Time.Testing;
using PaperBot.Discord.Gateway;

namespace PaperBot.Discord.Tests.Gateway;

public sealed class GatewaySendLimiterTests
{
    [Fact]
    public void Ordinary_sends_stop_at_110_and_leave_heartbeats_room_up_to_120()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);

        for (var i = 0; i < 110; i++)
        {
            Assert.True(limiter.TryAcquire(heartbeat: false, out _), $"send {i + 1}");
        }

        Assert.False(limiter.TryAcquire(heartbeat: false, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(60), retryAfter);
        for (var i = 0; i < 10; i++)
        {
            Assert.True(limiter.TryAcquire(heartbeat: true, out _), $"heartbeat {i + 1}");
        }

        Assert.False(limiter.TryAcquire(heartbeat: true, out _));
    }

    [Fact]
    public void Room_comes_back_as_old_sends_leave_the_60_second_window()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        for (var i = 0; i < 120; i++)
        {
            limiter.TryAcquire(heartbeat: true, out _);
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        // Now 12 s after the first send: the first send leaves the window at 60 s.
        Assert.False(limiter.TryAcquire(heartbeat: true, out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(48), retryAfter);
        time.Advance(retryAfter - TimeSpan.FromMilliseconds(1));
        Assert.False(limiter.TryAcquire(heartbeat: true, out _));
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(limiter.TryAcquire(heartbeat: true, out _));
        Assert.False(limiter.TryAcquire(heartbeat: true, out _));
    }

    [Fact]
    public void Random_traffic_never_exceeds_120_sends_or_110_ordinary_sends_in_any_60_seconds()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        var random = new Random(20261206);
        var accepted = new List<(DateTimeOffset At, bool Heartbeat)>();

        for (var step = 0; step < 20_000; step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(random.Next(0, 120)));
            var heartbeat = random.Next(10) == 0;
            if (limiter.TryAcquire(heartbeat, out _))
            {
                accepted.Add((time.GetUtcNow(), heartbeat));
            }
        }

        Assert.True(accepted.Count > 1000, "the simulation should hit the limit many times");
        for (var i = 0; i < accepted.Count; i++)
        {
            var windowStart = accepted[i].At - GatewaySendLimiter.Window;
            var inWindow = accepted.Take(i + 1).Where(a => a.At > windowStart).ToList();
            Assert.True(inWindow.Count <= 120, $"{inWindow.Count} sends in the 60 s up to send {i}");
            if (!accepted[i].Heartbeat)
            {
                Assert.True(inWindow.Count <= 110, $"ordinary send {i} made {inWindow.Count} in 60 s");
            }
        }
    }

    [Fact]
    public async Task AcquireAsync_waits_for_room_instead_of_sending()
    {
        var time = new FakeTimeProvider();
        var limiter = new GatewaySendLimiter(time);
        for (var i = 0; i < 110; i++)
        {
            await limiter.AcquireAsync(heartbeat: false);
        }

        var waiting = limiter.AcquireAsync(heartbeat: false).AsTask();
        Assert.False(waiting.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(60));
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Payloads_over_4096_bytes_are_refused()
    {
        GatewayPayloads.EnsureFits(new byte[4096]);
        Assert.Throws<InvalidOperationException>(() => GatewayPayloads.EnsureFits(new byte[4097]));
    }
}
