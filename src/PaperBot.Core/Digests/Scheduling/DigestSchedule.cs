using System.Globalization;

namespace PaperBot.Core.Digests.Scheduling;

/// <summary>When a digest is sent: at local time <see cref="At"/> in <see cref="TimeZoneId"/>, on <see cref="Days"/>.
/// Pure: every method takes the instant it reasons about, none reads a clock.</summary>
/// <remarks>The zone id is kept in its canonical form ("europe/berlin" and "W. Europe Standard Time" become
/// "Europe/Berlin"). Daylight-saving rules: a local time that does not exist on a day (the spring-forward gap) is sent at the
/// first instant after the gap; a local time that occurs twice (fall-back) is sent at its first occurrence only.</remarks>
public sealed record DigestSchedule(TimeOnly At, string TimeZoneId, DigestDays Days)
{
    public static readonly TimeOnly DefaultAt = new(8, 0);

    public string TimeZoneId { get; init => field = Known(value); } = Known(TimeZoneId);

    public DigestDays Days { get; init => field = NotEmpty(value); } = NotEmpty(Days);

    /// <summary>08:00 on weekdays, in the user's zone when the platform told us a valid one, else UTC.</summary>
    public static DigestSchedule Default(string? userTimeZone) =>
        new(DefaultAt, TimeZones.TryFind(userTimeZone, out _, out var id) ? id : TimeZones.Utc, DigestDays.Weekdays);

    /// <summary>The instant as a clock in the schedule's zone shows it.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone());

    /// <summary>How people read a due time: "Tue 24 Nov 08:00" in the schedule's zone.</summary>
    public string Format(DateTimeOffset instant) => ToLocal(instant).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The first due time strictly after <paramref name="instant"/>, in UTC.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset instant)
    {
        var zone = Zone();
        // Start a day early: a time pushed forward by a gap may fall on the next local date.
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime).AddDays(-1);
        while (true)
        {
            if (Days.Contains(date.DayOfWeek))
            {
                var due = Occurrence(date, zone);
                if (due > instant)
                    return due;
            }
            date = date.AddDays(1);
        }
    }

    /// <summary>The due times in (<paramref name="fromExclusive"/>, <paramref name="toInclusive"/>], oldest first,
    /// found day by day.</summary>
    public IEnumerable<DateTimeOffset> OccurrencesBetween(DateTimeOffset fromExclusive, DateTimeOffset toInclusive)
    {
        for (var due = NextAfter(fromExclusive); due <= toInclusive; due = NextAfter(due))
            yield return due;
    }

    /// <summary>For <c>/papers status</c>: "weekdays at 08:00 (Europe/Berlin)".</summary>
    public string Describe() => $"{Days} at {At.ToString("HH:mm", CultureInfo.InvariantCulture)} ({TimeZoneId})";

    private TimeZoneInfo Zone() => TimeZones.TryFind(TimeZoneId, out var zone, out _)
        ? zone
        : throw new InvalidOperationException($"The time zone '{TimeZoneId}' is not known on this machine.");

    private DateTimeOffset Occurrence(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(At, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
            local = EndOfGap(local, zone);
        if (zone.IsAmbiguousTime(local))
        {
            // The larger offset belongs to the earlier instant (daylight time, before the clocks go back).
            var offset = zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero);
        }
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    /// <summary>The first valid local time after <paramref name="invalid"/>: where the clocks jumped to (03:00 when
    /// 02:00 became 03:00). Found by bisection on ticks, since .NET exposes the gap only through IsInvalidTime.</summary>
    private static DateTime EndOfGap(DateTime invalid, TimeZoneInfo zone)
    {
        long low = invalid.Ticks, step = TimeSpan.TicksPerHour, high = low + step;
        while (zone.IsInvalidTime(new DateTime(high)))
        {
            low = high;
            step *= 2;
            high = low + step;
        }
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (zone.IsInvalidTime(new DateTime(middle)))
                low = middle;
            else
                high = middle;
        }
        return new DateTime(high);
    }

    private static string Known(string timeZoneId) =>
        TimeZones.TryFind(timeZoneId, out _, out var canonicalId)
            ? canonicalId
            : throw new ArgumentException($"'{timeZoneId}' is not a time zone known on this machine.", nameof(timeZoneId));

    private static DigestDays NotEmpty(DigestDays days) =>
        days.IsEmpty ? throw new ArgumentException("A schedule needs at least one day.", nameof(days)) : days;
}
