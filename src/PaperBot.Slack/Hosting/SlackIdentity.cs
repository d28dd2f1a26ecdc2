using PaperBot.Slack.WebApi;

namespace PaperBot.Slack.Hosting;

/// <summary>Who the bot token belongs to (auth.test), asked once: its own reactions are ignored by it, and reconciling
/// looks only at messages the bot posted. Whoever needs it first asks (the bot at start, or a delivery before that).</summary>
internal sealed class SlackIdentity(SlackWebApiClient api) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile SlackAuthInfo? known;

    public SlackAuthInfo? Known => known;

    public async Task<SlackAuthInfo> GetAsync(CancellationToken cancellationToken = default)
    {
        if (known is { } info)
            return info;
        await gate.WaitAsync(cancellationToken);
        try
        {
            return known ??= await api.AuthTestAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
