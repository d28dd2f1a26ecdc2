namespace PaperBot.Benchmarks;

/// <summary>Polling for a condition, the way the benchmarks wait for the host to catch up.</summary>
public static class Until
{
    public static Task TrueAsync(Func<bool> condition, string what, TimeSpan patience, CancellationToken cancellationToken, int everyMs = 20) =>
        TrueAsync(() => Task.FromResult(condition()), what, patience, cancellationToken, everyMs);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what, TimeSpan patience, CancellationToken cancellationToken, int everyMs = 20)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(patience);
        while (!await condition())
        {
            if (timeout.IsCancellationRequested)
            {
                cancellationToken.ThrowIfCancellationRequested();
                throw new TimeoutException($"waited {patience} for {what}");
            }
            await Task.Delay(everyMs, CancellationToken.None);
        }
    }
}
