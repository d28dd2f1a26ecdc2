using Microsoft.Extensions.Hosting;

namespace PaperBot.Discord.Http;

/// <summary>
/// Runs interaction handlers that outlive their HTTP request (the POST is answered 202 at once) and lets shutdown
/// wait for them. Registered as a hosted service: stopping the host waits for in-flight handlers until the host's
/// shutdown timeout, then cancels <see cref="Stopping"/>.
/// </summary>
public sealed class InteractionWorkTracker : IHostedService, IDisposable
{
    private readonly Lock gate = new();
    private readonly CancellationTokenSource stopping = new();
    private TaskCompletionSource idle = NewIdleSignal(completed: true);
    private int inFlight;

    /// <summary>Handlers started and not yet finished.</summary>
    public int InFlight
    {
        get
        {
            lock (gate)
            {
                return inFlight;
            }
        }
    }

    /// <summary>The token handed to background work: cancelled when shutdown gives up waiting, never by a request.</summary>
    public CancellationToken Stopping => stopping.Token;

    /// <summary>Completes when no handler is running (at once if none is).</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken = default)
    {
        Task signal;
        lock (gate)
        {
            signal = idle.Task;
        }

        return signal.WaitAsync(cancellationToken);
    }

    /// <summary>Starts <paramref name="work"/> on the thread pool and tracks it. The work should not throw.</summary>
    internal Task Run(Func<CancellationToken, Task> work)
    {
        lock (gate)
        {
            if (inFlight++ == 0)
            {
                idle = NewIdleSignal(completed: false);
            }
        }

        var token = stopping.Token;
        return Task.Run(async () =>
        {
            try
            {
                await work(token);
            }
            finally
            {
                Finished();
            }
        }, CancellationToken.None);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WhenIdleAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host's shutdown timeout ran out; the handlers still running are told to stop below.
        }
        finally
        {
            await stopping.CancelAsync();
        }
    }

    public void Dispose() => stopping.Dispose();

    private void Finished()
    {
        lock (gate)
        {
            if (--inFlight == 0)
            {
                idle.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource NewIdleSignal(bool completed)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            signal.SetResult();
        }

        return signal;
    }
}
