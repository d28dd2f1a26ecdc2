using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Core.Digests;
using PaperBot.Core.Digests.Scheduling;
using PaperBot.Core.Users;
using PaperBot.Host.Scheduling;

namespace PaperBot.Benchmarks.Discord;

/// <summary>Subscriptions due now, and one dispatcher round as <see cref="DigestDispatchJob"/> runs it.</summary>
public static class Digests
{
    private static readonly DigestSchedule Daily = new(new TimeOnly(8, 0), "UTC", DigestDays.Daily);

    /// <summary>Due half a minute ago (within the grace window), last digest a day ago: the seed catalogue is all fresh.</summary>
    public static Subscription DueNow(DigestTarget target, UserRef owner, int size, DateTimeOffset now) =>
        new(target, owner, Daily, size, [], [], [], now.AddSeconds(-30), now.AddDays(-1), null, null, now.AddDays(-7));

    /// <summary>What <see cref="DigestDispatchJob"/> does, called directly so that composing can be timed apart from delivering:
    /// queue the due digests, then wake the delivery lanes. Returns how many digests were queued.</summary>
    public static async Task<int> DispatchAsync(IHost host, CancellationToken cancellationToken)
    {
        var queued = await host.Services.GetRequiredService<DigestDispatcher>().DispatchDueAsync(cancellationToken);
        host.Services.GetRequiredService<DeliveryLanes>().Wake();
        return queued;
    }
}
