namespace PaperBot.Host.Tests.Terminal;

/// <summary>Waits for what a running host does on its own threads (a reply printed, a digest sent).</summary>
public static class Eventually
{
    public static async Task UntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
            await Task.Delay(50, timeout.Token);
    }
}
