using Microsoft.Extensions.Hosting;

namespace PaperBot.Host.Hosting;

/// <summary>Readies the catalogue before the chat opens (hosted services start in order, so the chat waits for this).</summary>
public sealed class CatalogueStartup(CatalogueBootstrapper bootstrapper) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await bootstrapper.SeedIfEmptyAsync(cancellationToken);
            await bootstrapper.EnsureIndexAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM during a first start's seeding or an index rebuild: the host is stopping, which is no
            // startup failure (the host would log it as one, with a stack trace); the next start picks the work up.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
