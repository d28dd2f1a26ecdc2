using PaperBot.Core.Digests.Scheduling;
using PaperBot.Core.Users;

namespace PaperBot.Core.Digests;

/// <summary>The subscription a digest on demand uses when the target has none: the defaults, never saved.</summary>
public static class AdHocDigests
{
    public static Subscription For(DigestTarget target, UserRef requester, string? timeZone, DateTimeOffset now)
    {
        var schedule = DigestSchedule.Default(timeZone);
        return new Subscription(target, requester, schedule, Subscription.DefaultSize, [], [], [], schedule.NextAfter(now), null, null, null, now);
    }
}
