namespace PaperBot.Discord.Fake.Rest;

/// <summary>One request held before it is carried out, as a slow Discord would: <see cref="Arrived"/> completes when it
/// comes, <see cref="Release"/> lets it go on. A client that gives up meanwhile gets nothing done.</summary>
public sealed class FakeHold(string routePattern)
{
    private readonly TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal string RoutePattern { get; } = routePattern;

    public Task Arrived => arrived.Task;

    public void Release() => released.TrySetResult();

    /// <returns>False when the client gave up before the release.</returns>
    internal async Task<bool> WaitAsync(CancellationToken clientGone)
    {
        arrived.TrySetResult();
        try
        {
            await released.Task.WaitAsync(clientGone);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
