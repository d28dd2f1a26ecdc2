using PaperBot.Core.Digests.Scheduling;

namespace PaperBot.Core.Tests.Digests.Scheduling;

public sealed class CatchUpTests
{
    private const string TooLate = "missed while PaperBot was down (more than 6 h late)";
    private static readonly TimeSpan Grace = TimeSpan.FromHours(6);

    // 08:00 in Berlin is 06:00 UTC in April.
    private static readonly DigestSchedule Weekdays = new(new TimeOnly(8, 0), "Europe/Berlin", DigestDays.Weekdays);

    [Fact]
    public void Five_hours_late_is_still_sent()
    {
        var plan = CatchUp.Plan(Weekdays, Utc.At("2026-04-07 06:00"), Utc.At("2026-04-07 11:00"), Grace);
        Assert.Equal(new CatchUpPlan(Utc.At("2026-04-07 06:00"), plan.Skipped, Utc.At("2026-04-08 06:00")), plan);
        Assert.Empty(plan.Skipped);
        Assert.Null(plan.SkipReason);
    }

    [Fact]
    public void Seven_hours_late_is_skipped_with_the_reason()
    {
        var plan = CatchUp.Plan(Weekdays, Utc.At("2026-04-07 06:00"), Utc.At("2026-04-07 13:00"), Grace);
        Assert.Null(plan.Send);
        Assert.Equal([new SkippedDigest(Utc.At("2026-04-07 06:00"), SkippedDigest.Missed, TooLate)], plan.Skipped);
        Assert.Equal(TooLate, plan.SkipReason);
        Assert.Equal(Utc.At("2026-04-08 06:00"), plan.NextDue);
    }

    [Fact]
    public void The_grace_window_is_inclusive_and_on_time_is_sent()
    {
        Assert.Equal(Utc.At("2026-04-07 06:00"), CatchUp.Plan(Weekdays, Utc.At("2026-04-07 06:00"), Utc.At("2026-04-07 12:00"), Grace).Send);
        var onTime = CatchUp.Plan(Weekdays, Utc.At("2026-04-07 06:00"), Utc.At("2026-04-07 06:00"), Grace);
        Assert.Equal(Utc.At("2026-04-07 06:00"), onTime.Send);
        Assert.Equal(Utc.At("2026-04-08 06:00"), onTime.NextDue);
    }

    [Fact]
    public void Two_missed_days_send_at_most_the_latest_and_skip_the_older()
    {
        var plan = CatchUp.Plan(Weekdays, Utc.At("2026-04-06 06:00"), Utc.At("2026-04-07 09:00"), Grace);
        Assert.Equal(Utc.At("2026-04-07 06:00"), plan.Send);
        Assert.Equal([new SkippedDigest(Utc.At("2026-04-06 06:00"), SkippedDigest.Missed, TooLate)], plan.Skipped);
        Assert.Equal(Utc.At("2026-04-08 06:00"), plan.NextDue);
    }

    [Fact]
    public void A_long_outage_sends_nothing_stale_and_records_every_missed_day()
    {
        var plan = CatchUp.Plan(Weekdays, Utc.At("2026-04-06 06:00"), Utc.At("2026-04-10 20:00"), Grace);
        Assert.Null(plan.Send);
        Assert.Equal(Utc.All("2026-04-06 06:00", "2026-04-07 06:00", "2026-04-08 06:00", "2026-04-09 06:00", "2026-04-10 06:00"),
            plan.Skipped.Select(s => s.DueAt));
        Assert.All(plan.Skipped, s => Assert.Equal(TooLate, s.Reason));
        Assert.Equal(Utc.At("2026-04-13 06:00"), plan.NextDue);
    }

    [Fact]
    public void Down_over_the_weekend_sends_Mondays_digest_and_skips_Fridays()
    {
        var plan = CatchUp.Plan(Weekdays, Utc.At("2026-04-10 06:00"), Utc.At("2026-04-13 07:00"), Grace);
        Assert.Equal(Utc.At("2026-04-13 06:00"), plan.Send);
        Assert.Equal([new SkippedDigest(Utc.At("2026-04-10 06:00"), SkippedDigest.Missed, TooLate)], plan.Skipped);
        Assert.Equal(Utc.At("2026-04-14 06:00"), plan.NextDue);
    }

    [Fact]
    public void With_a_wide_grace_the_older_digest_is_replaced_not_sent_too()
    {
        var plan = CatchUp.Plan(Weekdays, Utc.At("2026-04-06 06:00"), Utc.At("2026-04-07 07:00"), TimeSpan.FromHours(48));
        Assert.Equal(Utc.At("2026-04-07 06:00"), plan.Send);
        Assert.Equal(new SkippedDigest(Utc.At("2026-04-06 06:00"), SkippedDigest.Superseded, "a later digest was due; only one catch-up digest is sent"), Assert.Single(plan.Skipped));
    }

    [Fact]
    public void Nothing_is_due_before_the_stored_time()
    {
        var plan = CatchUp.Plan(Weekdays, Utc.At("2026-04-07 06:00"), Utc.At("2026-04-07 05:00"), Grace);
        Assert.Equal(new CatchUpPlan(null, plan.Skipped, Utc.At("2026-04-07 06:00")), plan);
        Assert.Empty(plan.Skipped);
    }

    [Theory]
    [InlineData(90, "missed while PaperBot was down (more than 1 h 30 min late)")]
    [InlineData(45, "missed while PaperBot was down (more than 45 min late)")]
    public void The_reason_names_the_configured_grace(int graceMinutes, string reason)
    {
        var plan = CatchUp.Plan(Weekdays, Utc.At("2026-04-07 06:00"), Utc.At("2026-04-07 08:00"), TimeSpan.FromMinutes(graceMinutes));
        Assert.Equal(reason, plan.SkipReason);
    }
}
