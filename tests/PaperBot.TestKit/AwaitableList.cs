namespace PaperBot.TestKit;

/// <summary>An append-only list whose readers can wait, with a timeout, for an item that matches. The fakes (Discord's
/// Gateway, Slack's sockets, acks and Web API calls) record what they saw in these.</summary>
public sealed class AwaitableList<T>
{
    private readonly Lock gate = new();
    private readonly List<T> items = [];
    private readonly List<(Func<T, bool> Match, TaskCompletionSource<T> Found)> waiters = [];

    public IReadOnlyList<T> Snapshot()
    {
        lock (gate)
        {
            return [.. items];
        }
    }

    public void Add(T item)
    {
        List<TaskCompletionSource<T>> found = [];
        lock (gate)
        {
            items.Add(item);
            for (var i = waiters.Count - 1; i >= 0; i--)
            {
                if (waiters[i].Match(item))
                {
                    found.Add(waiters[i].Found);
                    waiters.RemoveAt(i);
                }
            }
        }

        foreach (var waiter in found)
        {
            waiter.TrySetResult(item);
        }
    }

    /// <summary>The first item (already added or still to come) that matches; on timeout the message ends with
    /// <paramref name="describe"/>.</summary>
    public Task<T> WaitAsync(Func<T, bool> match, TimeSpan timeout, Func<string> describe, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(describe);
        return WaitCoreAsync(match, timeout, () => $"Waited {timeout.TotalMilliseconds} ms in vain; {describe()}", cancellationToken);
    }

    /// <summary>The first item (already added or still to come) that matches; on timeout the message names
    /// <paramref name="what"/> and how many items came.</summary>
    public Task<T> WaitAsync(Func<T, bool> match, TimeSpan timeout, string what, CancellationToken cancellationToken = default) =>
        WaitCoreAsync(match, timeout, () => $"Waited {timeout.TotalMilliseconds} ms in vain for {what}; {Snapshot().Count} so far", cancellationToken);

    private async Task<T> WaitCoreAsync(Func<T, bool> match, TimeSpan timeout, Func<string> timedOut, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(match);
        var found = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            foreach (var item in items)
            {
                if (match(item))
                {
                    return item;
                }
            }

            waiters.Add((match, found));
        }

        try
        {
            return await found.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            lock (gate)
            {
                waiters.RemoveAll(w => w.Found == found);
            }

            throw new TimeoutException(timedOut());
        }
    }
}
