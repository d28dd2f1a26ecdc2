using PaperBot.Core.Digests.Scheduling;

namespace PaperBot.Core.Tests.Digests.Scheduling;

public sealed class DigestScheduleTests
{
    private static readonly TimeOnly Eight = new(8, 0);

    [Theory]
    [InlineData("Europe/Berlin", "2026-03-27 18:00", "2026-03-30 06:00")]
    [InlineData("America/New_York", "2026-10-30 23:00", "2026-11-02 13:00")]
    [InlineData("Asia/Kolkata", "2026-03-27 14:30", "2026-03-30 02:30")]
    public void A_weekday_schedule_skips_from_Friday_evening_to_Monday(string zone, string fridayEvening, string monday)
    {
        var schedule = new DigestSchedule(Eight, zone, DigestDays.Weekdays);
        Assert.Equal(Utc.At(monday), schedule.NextAfter(Utc.At(fridayEvening)));
    }

    [Fact]
    public void A_weekday_schedule_sends_nothing_at_the_weekend()
    {
        var schedule = new DigestSchedule(Eight, "Europe/Berlin", DigestDays.Weekdays);
        var due = schedule.OccurrencesBetween(Utc.At("2026-04-03 12:00"), Utc.At("2026-04-13 12:00")).ToList();
        Assert.Equal(Utc.All("2026-04-06 06:00", "2026-04-07 06:00", "2026-04-08 06:00", "2026-04-09 06:00", "2026-04-10 06:00", "2026-04-13 06:00"), due);
    }

    [Fact]
    public void Custom_days_follow_the_list_across_a_clock_change()
    {
        var schedule = new DigestSchedule(Eight, "America/New_York", DigestDays.Of(DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday));
        Assert.Equal(
            Utc.All("2026-03-04 13:00", "2026-03-06 13:00", "2026-03-09 12:00", "2026-03-11 12:00"),
            schedule.OccurrencesBetween(Utc.At("2026-03-02 14:00"), Utc.At("2026-03-11 12:00")));
    }

    [Fact]
    public void The_next_due_time_is_strictly_after_the_instant()
    {
        var schedule = new DigestSchedule(Eight, "Europe/Berlin", DigestDays.Daily);
        Assert.Equal(Utc.At("2026-04-08 06:00"), schedule.NextAfter(Utc.At("2026-04-07 06:00")));
        Assert.Equal(Utc.At("2026-04-07 06:00"), schedule.NextAfter(Utc.At("2026-04-07 05:59")));
        // Half past midnight local on the 8th is still the 7th in UTC.
        Assert.Equal(Utc.At("2026-04-08 06:00"), schedule.NextAfter(Utc.At("2026-04-07 22:30")));
    }

    [Fact]
    public void Instants_with_any_offset_mean_the_same_moment_and_results_are_UTC()
    {
        var schedule = new DigestSchedule(Eight, "Asia/Kolkata", DigestDays.Daily);
        var next = schedule.NextAfter(new DateTimeOffset(2026, 6, 1, 7, 0, 0, TimeSpan.FromHours(-7)));
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 2, 30, 0, TimeSpan.Zero), next);
        Assert.Equal(TimeSpan.Zero, next.Offset);
    }

    [Fact]
    public void An_empty_or_reversed_window_has_no_occurrences()
    {
        var schedule = new DigestSchedule(Eight, "UTC", DigestDays.Daily);
        Assert.Empty(schedule.OccurrencesBetween(Utc.At("2026-04-07 08:00"), Utc.At("2026-04-07 08:00")));
        Assert.Empty(schedule.OccurrencesBetween(Utc.At("2026-04-09 00:00"), Utc.At("2026-04-07 00:00")));
        Assert.Equal(Utc.All("2026-04-07 08:00"), schedule.OccurrencesBetween(Utc.At("2026-04-07 07:59"), Utc.At("2026-04-07 08:00")));
    }

    [Fact]
    public void Two_years_of_a_daily_schedule_have_one_occurrence_a_day_across_every_clock_change()
    {
        var schedule = new DigestSchedule(new TimeOnly(2, 30), "Europe/Berlin", DigestDays.Daily);
        var count = schedule.OccurrencesBetween(Utc.At("2025-01-01 00:00"), Utc.At("2027-01-01 00:00")).Count();
        Assert.Equal(730, count);
    }

    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData(null, "UTC")]
    [InlineData("", "UTC")]
    [InlineData("Mars/Olympus", "UTC")]
    public void The_default_is_eight_on_weekdays_in_the_users_zone_else_UTC(string? userZone, string expected)
    {
        var schedule = DigestSchedule.Default(userZone);
        Assert.Equal(new DigestSchedule(Eight, expected, DigestDays.Weekdays), schedule);
        Assert.Equal($"weekdays at 08:00 ({expected})", schedule.Describe());
    }

    [Fact]
    public void Zone_ids_are_stored_canonical_and_bad_ones_are_refused_even_through_with()
    {
        Assert.Equal("Europe/Berlin", new DigestSchedule(Eight, "W. Europe Standard Time", DigestDays.Daily).TimeZoneId);
        var schedule = new DigestSchedule(Eight, "UTC", DigestDays.Daily);
        Assert.Equal("America/New_York", (schedule with { TimeZoneId = "america/new_york" }).TimeZoneId);
        Assert.Throws<ArgumentException>(() => new DigestSchedule(Eight, "Mars/Olympus", DigestDays.Daily));
        Assert.Throws<ArgumentException>(() => schedule with { TimeZoneId = "Mars/Olympus" });
        Assert.Throws<ArgumentException>(() => schedule with { Days = default });
    }
}
