namespace PaperBot.Adapters;

/// <summary>The first contact of a bot with its platform (checking the token, learning who the bot is): tried until it
/// works, with a wait that doubles from 5 s to 5 min between tries, so a wrong token or no network never becomes a
/// crash loop. The caller decides which failures are worth another try and writes the one line each try gets.</summary>
internal static class ConnectRetry
{
    private static readonly TimeSpan FirstWait = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(5);

    /// <param name="retry">Called with each failure and the wait before the next try: logs it and returns true to try
    /// again, or false to let the failure through.</param>
    /// <returns>True once <paramref name="connect"/> succeeded; false when stopping.</returns>
    public static async Task<bool> UntilConnectedAsync(Func<CancellationToken, Task> connect, Func<Exception, TimeSpan, bool> retry,
        TimeProvider time, CancellationToken stoppingToken)
    {
        // No jitter: one bot process makes these calls, so there is no herd to spread.
        var backoff = new ReconnectBackoff(FirstWait, LongestWait, () => 1.0);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = backoff.Next();
            try
            {
                await connect(stoppingToken);
                return true;
            }
            catch (Exception ex) when (!(ex is OperationCanceledException && stoppingToken.IsCancellationRequested))
            {
                if (!retry(ex, wait))
                    throw;
            }
            try
            {
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
        return false;
    }
}
