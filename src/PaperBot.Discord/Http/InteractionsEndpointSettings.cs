namespace PaperBot.Discord.Http;

/// <summary>Limits of the HTTP interactions endpoint; register one in DI to override the defaults (tests do).</summary>
/// <param name="MaxBodyBytes">Larger bodies get 413. Interactions are a few KiB; 1 MiB leaves ample room.</param>
/// <param name="HandlerWait">
/// How long the POST waits for the handler before answering 202, so a quick handler's callback usually goes out
/// before the 202; kept well under Discord's 3 s deadline.
/// </param>
internal sealed record InteractionsEndpointSettings(long MaxBodyBytes, TimeSpan HandlerWait)
{
    public static InteractionsEndpointSettings Default { get; } = new(1024 * 1024, TimeSpan.FromSeconds(2));
}
