using PaperBot.TestKit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Discord.Gateway;

namespace PaperBot.Discord.Tests.Gateway;

public sealed class IdentifyGateTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task With_max_concurrency_1_a_second_identify_waits_5_seconds()
    {
        var time = new FakeTimeProvider();
        var gate = new IdentifyGate(time, new ListLogger());
        gate.Update(new SessionStartLimit(1000, 999, 14_400_000, 1));

        await gate.WaitTurnAsync(0).WaitAsync(Timeout);
        var second = gate.WaitTurnAsync(1);
        Assert.False(second.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(5) - TimeSpan.FromMilliseconds(1));
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(Timeout);
    }

    [Fact]
    public async Task Shards_are_bucketed_by_id_modulo_max_concurrency()
    {
        var time = new FakeTimeProvider();
        var gate = new IdentifyGate(time, new ListLogger());
        gate.Update(new SessionStartLimit(1000, 999, 14_400_000, 2));

        await gate.WaitTurnAsync(0).WaitAsync(Timeout);
        await gate.WaitTurnAsync(1).WaitAsync(Timeout);
        var third = gate.WaitTurnAsync(2); // bucket 0 again
        Assert.False(third.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(5));
        await third.WaitAsync(Timeout);
    }

    [Fact]
    public async Task No_session_starts_left_waits_for_reset_after_and_says_so()
    {
        var time = new FakeTimeProvider();
        var logger = new ListLogger();
        var gate = new IdentifyGate(time, logger);
        gate.Update(new SessionStartLimit(1000, 0, 90_000, 1));

        var waiting = gate.WaitTurnAsync(0);
        Assert.False(waiting.IsCompleted);
        Assert.Single(logger.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("session start limit", StringComparison.OrdinalIgnoreCase));

        time.Advance(TimeSpan.FromSeconds(90));
        await waiting.WaitAsync(Timeout);
    }

    [Fact]
    public async Task The_window_counts_from_the_actual_send()
    {
        var time = new FakeTimeProvider();
        var gate = new IdentifyGate(time, new ListLogger());
        gate.Update(new SessionStartLimit(1000, 999, 14_400_000, 1));

        await gate.WaitTurnAsync(0).WaitAsync(Timeout);
        time.Advance(TimeSpan.FromSeconds(2)); // connecting took a while
        gate.MarkSent(0);
        var next = gate.WaitTurnAsync(0);
        time.Advance(TimeSpan.FromSeconds(4));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await next.WaitAsync(Timeout);
    }
}
