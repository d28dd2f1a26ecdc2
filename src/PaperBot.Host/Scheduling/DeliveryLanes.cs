using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperBot.Core.Digests;
using PaperBot.Core.Monitoring;

namespace PaperBot.Host.Scheduling;

/// <summary>One delivery loop per connected platform, so that a slow or rate-limited platform never holds up another's
/// digests nor the dispatcher. A lane runs when the dispatcher queued digests (<see cref="Wake"/>) and every few seconds
/// for retries; like Quartz it waits on real time, while what is due is decided on the app's clock.</summary>
/// <remarks>Stopping (SIGTERM) begins no new digest; those under way finish within the host's shutdown timeout
/// (<c>Shutdown:Timeout</c>). When it runs out their sends are cancelled and they stay pending, every part the platform
/// took recorded, for the next start to reconcile.</remarks>
public sealed class DeliveryLanes : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);

    private readonly DigestDelivery delivery;
    private readonly IHostApplicationLifetime lifetime;
    private readonly ILogger<DeliveryLanes> logger;
    private readonly CancellationTokenSource abandon = new();
    private readonly Dictionary<string, Channel<bool>> signals;

    public DeliveryLanes(DigestDelivery delivery, PlatformConnections connections, IHostApplicationLifetime lifetime, ILogger<DeliveryLanes> logger)
    {
        this.delivery = delivery;
        this.lifetime = lifetime;
        this.logger = logger;
        signals = delivery.Platforms.ToDictionary(
            p => p, _ => Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite }), StringComparer.Ordinal);
        // A digest queued before the platform connected (at start, say) goes out as soon as it is, not after the pause.
        connections.Connected += platform =>
        {
            delivery.Resume(platform);
            if (signals.TryGetValue(platform, out var signal))
                signal.Writer.TryWrite(true);
        };
    }

    /// <summary>Asks every lane to look at the outbox now.</summary>
    public void Wake()
    {
        foreach (var signal in signals.Values)
            signal.Writer.TryWrite(true);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The application's stopping comes before any service's stop, so no lane begins a digest once a stop was asked for.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStopping);
        await Task.WhenAll(signals.Select(lane => RunAsync(lane.Key, lane.Value.Reader, stopping.Token)));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Stopping deliveries: no new digest is begun; those under way may finish");
        await using (cancellationToken.Register(abandon.Cancel))
            await base.StopAsync(cancellationToken);
        // Out of time: the abandoned sends end at once; waiting for them keeps their last writes before the database closes.
        if (ExecuteTask is { } lanes)
            await lanes.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    public override void Dispose()
    {
        abandon.Dispose();
        base.Dispose();
    }

    private async Task RunAsync(string platform, ChannelReader<bool> signal, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                while (await delivery.DeliverPendingAsync(platform, stopping: stopping, cancellationToken: abandon.Token) > 0)
                {
                    // A full batch went out; there may be more.
                }
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stopping);
                wait.CancelAfter(Poll);
                await signal.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
            {
                // The poll interval passed: look again.
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception ex)
            {
                // A store failure must not end the lane; the items stay pending and are tried again.
                logger.LogError(ex, "Delivering digests to {Platform} failed; trying again shortly", platform);
                await Task.Delay(Poll, TimeProvider.System, stopping).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
