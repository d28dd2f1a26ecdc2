using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperBot.Core.Digests;

namespace PaperBot.Host.Scheduling;

/// <summary>One delivery loop per connected platform, so that a slow or rate-limited platform never holds up another's
/// digests nor the dispatcher. A lane runs when the dispatcher queued digests (<see cref="Wake"/>) and every few seconds
/// for retries; like Quartz it waits on real time, while what is due is decided on the app's clock.</summary>
public sealed class DeliveryLanes(DigestDelivery delivery, ILogger<DeliveryLanes> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, Channel<bool>> signals = delivery.Platforms.ToDictionary(
        p => p, _ => Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite }), StringComparer.Ordinal);

    /// <summary>Asks every lane to look at the outbox now.</summary>
    public void Wake()
    {
        foreach (var signal in signals.Values)
            signal.Writer.TryWrite(true);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(signals.Select(lane => RunAsync(lane.Key, lane.Value.Reader, stoppingToken)));

    private async Task RunAsync(string platform, ChannelReader<bool> signal, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await delivery.DeliverPendingAsync(platform, cancellationToken: stoppingToken) > 0)
                {
                    // A full batch went out; there may be more.
                }
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                wait.CancelAfter(Poll);
                await signal.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
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
                await Task.Delay(Poll, TimeProvider.System, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
