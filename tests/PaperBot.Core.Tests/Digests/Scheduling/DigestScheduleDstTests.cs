using PaperBot.Core.Digests.Scheduling;

namespace PaperBot.Core.Tests.Digests.Scheduling;

/// <summary>The 2026 changes: Berlin 29 March and 25 October (at 01:00 UTC), New York 8 March and 1 November
/// (02:00 local), Kolkata none (+05:30 all year).</summary>
public sealed class DigestScheduleDstTests
{
    private static DigestSchedule Daily(int hour, int minute, string zone) => new(new TimeOnly(hour, minute), zone, DigestDays.Daily);

    [Theory]
    [InlineData("Europe/Berlin", "2026-03-27 12:00", "2026-03-28 07:00", "2026-03-29 06:00", "2026-03-30 06:00")]
    [InlineData("Europe/Berlin", "2026-10-23 12:00", "2026-10-24 06:00", "2026-10-25 07:00", "2026-10-26 07:00")]
    [InlineData("America/New_York", "2026-03-06 14:00", "2026-03-07 13:00", "2026-03-08 12:00", "2026-03-09 12:00")]
    [InlineData("America/New_York", "2026-10-30 14:00", "2026-10-31 12:00", "2026-11-01 13:00", "2026-11-02 13:00")]
    [InlineData("Asia/Kolkata", "2026-03-27 12:00", "2026-03-28 02:30", "2026-03-29 02:30", "2026-03-30 02:30")]
    public void Eight_oclock_local_moves_in_UTC_when_the_clocks_change(string zone, string from, params string[] expected)
    {
        var schedule = Daily(8, 0, zone);
        Assert.Equal(Utc.All(expected), schedule.OccurrencesBetween(Utc.At(from), Utc.At(expected[^1])));
        Assert.Equal(Utc.At(expected[0]), schedule.NextAfter(Utc.At(from)));
    }

    [Fact]
    public void A_time_in_the_Berlin_spring_gap_is_sent_when_the_clocks_reach_three()
    {
        var schedule = Daily(2, 30, "Europe/Berlin");
        // 02:30 CET, then 03:00 CEST (the first instant after the gap), then 02:30 CEST.
        Assert.Equal(
            Utc.All("2026-03-28 01:30", "2026-03-29 01:00", "2026-03-30 00:30"),
            schedule.OccurrencesBetween(Utc.At("2026-03-27 12:00"), Utc.At("2026-03-30 12:00")));
    }

    [Fact]
    public void A_time_in_the_New_York_spring_gap_is_sent_at_three_EDT()
    {
        var schedule = Daily(2, 30, "America/New_York");
        Assert.Equal(Utc.At("2026-03-08 07:00"), schedule.NextAfter(Utc.At("2026-03-07 08:00")));
        Assert.Equal(Utc.At("2026-03-09 06:30"), schedule.NextAfter(Utc.At("2026-03-08 07:00")));
    }

    [Fact]
    public void A_time_that_occurs_twice_in_Berlin_is_sent_once_at_its_first_occurrence()
    {
        var schedule = Daily(2, 30, "Europe/Berlin");
        // 02:30 CEST on the 25th is 00:30 UTC; 02:30 CET the same night (01:30 UTC) must not be a second due time.
        Assert.Equal(
            Utc.All("2026-10-24 00:30", "2026-10-25 00:30", "2026-10-26 01:30"),
            schedule.OccurrencesBetween(Utc.At("2026-10-23 12:00"), Utc.At("2026-10-26 12:00")));
        Assert.Equal(Utc.At("2026-10-26 01:30"), schedule.NextAfter(Utc.At("2026-10-25 00:30")));
        Assert.Equal(Utc.At("2026-10-26 01:30"), schedule.NextAfter(Utc.At("2026-10-25 01:15")));
    }

    [Fact]
    public void A_time_that_occurs_twice_in_New_York_is_sent_at_its_EDT_occurrence()
    {
        var schedule = Daily(1, 30, "America/New_York");
        Assert.Equal(
            Utc.All("2026-10-31 05:30", "2026-11-01 05:30", "2026-11-02 06:30"),
            schedule.OccurrencesBetween(Utc.At("2026-10-30 12:00"), Utc.At("2026-11-02 12:00")));
    }

    [Theory]
    [InlineData("Europe/Berlin", 2, 30)]
    [InlineData("Europe/Berlin", 8, 0)]
    [InlineData("America/New_York", 1, 30)]
    [InlineData("America/New_York", 23, 45)]
    [InlineData("Asia/Kolkata", 0, 0)]
    public void Over_all_of_2026_each_local_date_gets_exactly_one_due_time_at_the_chosen_time(string zoneId, int hour, int minute)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var at = new TimeOnly(hour, minute);
        var due = Daily(hour, minute, zoneId).OccurrencesBetween(Utc.At("2026-01-01 12:00"), Utc.At("2026-12-31 00:00")).ToList();

        var dates = due.Select(d => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(d, zone).DateTime)).ToList();
        Assert.Equal(Enumerable.Range(0, dates.Count).Select(i => dates[0].AddDays(i)), dates);
        Assert.InRange(dates.Count, 363, 365);
        foreach (var (instant, date) in due.Zip(dates))
        {
            Assert.Equal(TimeSpan.Zero, instant.Offset);
            var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
            if (!zone.IsInvalidTime(date.ToDateTime(at)))
                Assert.Equal(at, local);
        }
    }
}
