using PaperBot.Discord.Gateway;

namespace PaperBot.Discord.Tests.Gateway;

internal sealed class StaticGatewayUrlSource(GatewayBotInfo info) : IGatewayUrlSource
{
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref calls);
        return Task.FromResult(info);
    }
}
