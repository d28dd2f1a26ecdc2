using PaperBot.Core.Digests;
using Quartz;

namespace PaperBot.Host.Scheduling;

/// <summary>Every minute: queue the digests that are due, then deliver what the outbox holds (including retries and what a crash left).</summary>
[DisallowConcurrentExecution]
public sealed class DigestDispatchJob(DigestDispatcher dispatcher, DigestDelivery delivery) : IJob
{
    public static readonly JobKey Key = new("digest-dispatch", "paperbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await dispatcher.DispatchDueAsync(cancellationToken);
        await delivery.DeliverPendingAsync(cancellationToken: cancellationToken);
    }
}
