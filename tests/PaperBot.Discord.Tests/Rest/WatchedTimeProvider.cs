using Microsoft.Extensions.Time.Testing;

namespace PaperBot.Discord.Tests.Rest;

/// <summary>A FakeTimeProvider that counts the timers made from it, so a test knows a call has begun to wait
/// (every wait in the client is a Task.Delay on its TimeProvider) instead of guessing with real time.</summary>
internal sealed class WatchedTimeProvider() : FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero))
{
    private int timersCreated;

    public int TimersCreated => Volatile.Read(ref timersCreated);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Interlocked.Increment(ref timersCreated);
        return base.CreateTimer(callback, state, dueTime, period);
    }
}
