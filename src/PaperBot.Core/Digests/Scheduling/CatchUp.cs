namespace PaperBot.Core.Digests.Scheduling;

/// <summary>The missed-digest policy, for the dispatcher on time and after downtime alike: only the latest due time is
/// sent, and only if it is at most the grace window late. A reader back from a weekend of downtime gets one digest,
/// not a burst of stale ones; the rest are recorded as skipped so <c>/papers status</c> can say why.</summary>
public static class CatchUp
{
    /// <param name="schedule">The subscription's schedule, for the due times after <paramref name="nextDue"/>.</param>
    /// <param name="nextDue">The stored next due time.</param>
    /// <param name="now">The dispatcher's current instant.</param>
    /// <param name="grace">How late a digest may still be sent (inclusive).</param>
    public static CatchUpPlan Plan(DigestSchedule schedule, DateTimeOffset nextDue, DateTimeOffset now, TimeSpan grace)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentOutOfRangeException.ThrowIfLessThan(grace, TimeSpan.Zero);
        if (nextDue > now)
            return new CatchUpPlan(null, [], nextDue);

        List<DateTimeOffset> due = [nextDue, .. schedule.OccurrencesBetween(nextDue, now)];
        var latest = due[^1];
        DateTimeOffset? send = now - latest <= grace ? latest : null;
        var skipped = due
            .Where(dueAt => dueAt != send)
            .Select(dueAt => now - dueAt > grace
                ? new SkippedDigest(dueAt, SkippedDigest.Missed, $"missed while PaperBot was down (more than {Format(grace)} late)")
                : new SkippedDigest(dueAt, SkippedDigest.Superseded, "a later digest was due; only one catch-up digest is sent"))
            .ToList();
        return new CatchUpPlan(send, skipped, schedule.NextAfter(now));
    }

    private static string Format(TimeSpan span)
    {
        var hours = (int)span.TotalHours;
        return (hours, span.Minutes) switch
        {
            (0, var minutes) => $"{minutes} min",
            (_, 0) => $"{hours} h",
            (_, var minutes) => $"{hours} h {minutes} min",
        };
    }
}
