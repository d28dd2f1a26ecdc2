using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PaperBot.Host.Hosting;

/// <summary>Readies the catalogue as the bot starts. A first start's seeding comes before the chat opens (hosted
/// services start in order, so the chat waits for it); an index rebuild does not: at a million papers it takes
/// minutes, and meanwhile the bot is online, searching the index as last committed and saying that it rebuilds.</summary>
public sealed class CatalogueStartup(CatalogueBootstrapper bootstrapper, ILogger<CatalogueStartup> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private Task indexing = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await bootstrapper.SeedIfEmptyAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Ctrl+C or SIGTERM during a first start's seeding: the host is stopping, which is no startup failure (the
            // host would log it as one, with a stack trace); the next start picks the work up.
            return;
        }
        indexing = Task.Run(() => EnsureIndexAsync(stopping.Token), CancellationToken.None);
    }

    /// <summary>Stops a rebuild under way: it is rolled back and the next start begins it again, unless it was already
    /// merging or committing, which cannot be cut short (that part takes seconds, up to half a minute at 1M papers).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await stopping.CancelAsync();
        try
        {
            await indexing.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Out of shutdown time: the rebuild's rollback finishes as the index is disposed.
        }
    }

    /// <summary>Also after a start that failed later on, which is never stopped: the rebuild must not run on (the index's
    /// disposal would wait for it).</summary>
    public void Dispose()
    {
        stopping.Cancel();
        stopping.Dispose();
    }

    private async Task EnsureIndexAsync(CancellationToken cancellationToken)
    {
        try
        {
            await bootstrapper.EnsureIndexAsync(showProgress: false, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Rebuilding the search index failed: searches use the index as last committed; the next feed run, ingest or start tries again");
        }
    }
}
