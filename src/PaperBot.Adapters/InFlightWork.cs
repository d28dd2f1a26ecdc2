using System.Collections.Concurrent;

namespace PaperBot.Adapters;

/// <summary>Events (Discord interactions, Slack envelopes) handled side by side, at most <c>limit</c> at once, each
/// one tracked so that a stop waits for what is under way (an interaction half answered, a reply half posted, a thumb
/// half stored).</summary>
internal sealed class InFlightWork : IDisposable
{
    private readonly SemaphoreSlim slots;
    private readonly ConcurrentDictionary<Task, byte> running = new();

    public InFlightWork(int limit)
    {
        slots = new SemaphoreSlim(limit, limit);
        EnsurePoolThreads(limit);
    }

    /// <summary>The handlers call the LiteDB stores, which block their thread (synchronous calls, one writer at a time). With
    /// the pool's default minimum (one thread per core) a burst of <c>limit</c> blocked handlers starves the pool, which then
    /// adds about one thread a second while the Gateway reader and the rating group commit queue behind them: at 1,000
    /// reactions/s that took the median from ~2 ms to ~700 ms (docs/benchmarks.md, Discord). So the pool may start that
    /// many threads at once; they exist only while needed.</summary>
    private static void EnsurePoolThreads(int limit)
    {
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        var wanted = limit + Environment.ProcessorCount;
        if (workers < wanted)
            ThreadPool.SetMinThreads(wanted, completionPorts);
    }

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

    /// <summary>Completes when the work under way has ended, or when <paramref name="cancellationToken"/> (the host's
    /// shutdown timeout) says there is no more time; a piece that failed or was cancelled has been dealt with by its own
    /// handler, so neither fails the stop.</summary>
    public async Task WhenIdleAsync(CancellationToken cancellationToken) =>
        await Task.WhenAll(running.Keys).WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    public void Dispose() => slots.Dispose();
}
