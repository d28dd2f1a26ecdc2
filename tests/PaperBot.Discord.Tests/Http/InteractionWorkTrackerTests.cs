using PaperBot.Discord.Http;

namespace PaperBot.Discord.Tests.Http;

/// <summary>The tracker that lets shutdown wait for handlers that outlive their request.</summary>
public sealed class InteractionWorkTrackerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Idle_at_once_when_nothing_runs()
    {
        using var tracker = new InteractionWorkTracker();

        await tracker.WhenIdleAsync().WaitAsync(Patience);
        Assert.Equal(0, tracker.InFlight);
    }

    [Fact]
    public async Task Idle_only_after_every_tracked_work_ends()
    {
        using var tracker = new InteractionWorkTracker();
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = tracker.Run(_ => first.Task);
        _ = tracker.Run(_ => second.Task);

        var idle = tracker.WhenIdleAsync();
        Assert.Equal(2, tracker.InFlight);
        first.SetResult();
        await Task.Delay(50);
        Assert.False(idle.IsCompleted);

        second.SetResult();
        await idle.WaitAsync(Patience);
        Assert.Equal(0, tracker.InFlight);
    }

    [Fact]
    public async Task Stop_waits_for_work_then_cancels_the_token()
    {
        using var tracker = new InteractionWorkTracker();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _ = tracker.Run(_ => release.Task);

        var stop = tracker.StopAsync(CancellationToken.None);
        await Task.Delay(50);
        Assert.False(stop.IsCompleted);
        Assert.False(tracker.Stopping.IsCancellationRequested);

        release.SetResult();
        await stop.WaitAsync(Patience);
        Assert.True(tracker.Stopping.IsCancellationRequested);
    }

    [Fact]
    public async Task Stop_past_the_shutdown_timeout_cancels_running_work()
    {
        using var tracker = new InteractionWorkTracker();
        var work = tracker.Run(ct => Task.Delay(Timeout.InfiniteTimeSpan, ct));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await tracker.StopAsync(timeout.Token).WaitAsync(Patience);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => work.WaitAsync(Patience));
        await tracker.WhenIdleAsync().WaitAsync(Patience);
    }
}
