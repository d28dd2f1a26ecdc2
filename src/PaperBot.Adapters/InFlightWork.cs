using System.Collections.Concurrent;

namespace PaperBot.Adapters;

/// <summary>Events (Discord interactions, Slack envelopes) handled side by side, at most <paramref name="limit"/> at
/// once, each one tracked so that a stop waits for what is under way (an interaction half answered, a reply half
/// posted, a thumb half stored).</summary>
internal sealed class InFlightWork(int limit) : IDisposable
{
    private readonly SemaphoreSlim slots = new(limit, limit);
    private readonly ConcurrentDictionary<Task, byte> running = new();

    /// <summary>Starts <paramref name="work"/> once a slot is free; waiting here is the back-pressure on the Gateway
    /// or socket.</summary>
    public async Task StartAsync(Func<Task> work, CancellationToken cancellationToken = default)
    {
        await slots.WaitAsync(cancellationToken);
        var task = Task.Run(async () =>
        {
            try
            {
                await work();
            }
            finally
            {
                slots.Release();
            }
        }, CancellationToken.None);
        running.TryAdd(task, 0);
        _ = task.ContinueWith(done => running.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public Task WhenIdleAsync() => Task.WhenAll(running.Keys);

    public void Dispose() => slots.Dispose();
}
