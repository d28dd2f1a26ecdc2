namespace PaperBot.Host.Tests;

/// <summary>Polls until something the host does in the background has happened (a reply posted, a rating stored, a
/// log line written); the Discord and Slack host tests all wait the same way.</summary>
internal static class Waiting
{
    /// <summary>How long a host test waits by default; generous, as the shared build machines are slow.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public static Task UntilAsync(Func<bool> condition, string what, TimeSpan? patience = null) =>
        UntilAsync(() => Task.FromResult(condition()), what, patience);

    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? patience = null)
    {
        var limit = patience ?? Patience;
        using var timeout = new CancellationTokenSource(limit);
        while (!await condition())
        {
            if (timeout.IsCancellationRequested)
                throw new TimeoutException($"waited {limit} for {what}");
            await Task.Delay(20);
        }
    }
}
