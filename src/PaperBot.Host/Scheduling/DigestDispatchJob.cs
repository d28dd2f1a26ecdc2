using PaperBot.Core.Digests;
using Quartz;

namespace PaperBot.Host.Scheduling;

/// <summary>Every minute: queue the digests that are due, then wake the delivery lanes (which also retry what failed and
/// what a crash left). Delivery is not awaited here, so a slow platform never delays the next round.</summary>
[DisallowConcurrentExecution]
public sealed class DigestDispatchJob(DigestDispatcher dispatcher, DeliveryLanes lanes) : IJob
{
    public static readonly JobKey Key = new("digest-dispatch", "paperbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await dispatcher.DispatchDueAsync(cancellationToken);
        lanes.Wake();
    }
}
