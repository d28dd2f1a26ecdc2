using Microsoft.Extensions.Hosting;

namespace PaperBot.Host.Hosting;

/// <summary>Readies the catalogue before the chat opens (hosted services start in order, so the chat waits for this).</summary>
public sealed class CatalogueStartup(CatalogueBootstrapper bootstrapper) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await bootstrapper.SeedIfEmptyAsync(cancellationToken);
        await bootstrapper.EnsureIndexAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
