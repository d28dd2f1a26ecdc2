using PaperBot.Core.Digests.Scheduling;

namespace PaperBot.Core.Tests.Digests.Scheduling;

public sealed class ScheduleArgumentsTests
{
    [Theory]
    [InlineData("07:30", 7, 30)]
    [InlineData("7:30", 7, 30)]
    [InlineData(" 18:05 ", 18, 5)]
    [InlineData("00:00", 0, 0)]
    [InlineData("23:59", 23, 59)]
    [InlineData("7pm", 19, 0)]
    [InlineData("7:30 AM", 7, 30)]
    [InlineData("12am", 0, 0)]
    [InlineData("12pm", 12, 0)]
    public void Reads_24_hour_and_am_pm_times(string text, int hour, int minute)
    {
        Assert.True(ScheduleArguments.TryParseTime(text, out var time, out var error), error);
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("24:00")]
    [InlineData("7:60")]
    [InlineData("7")]
    [InlineData("13pm")]
    [InlineData("0am")]
    [InlineData("7.30")]
    [InlineData("noon")]
    public void Refuses_other_times_showing_the_expected_form(string text)
    {
        Assert.False(ScheduleArguments.TryParseTime(text, out _, out var error));
        Assert.Equal($"'{text}' is not a time of day; use HH:mm (24-hour), e.g. 07:30 or 18:00", error);
    }

    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("America/New_York", "America/New_York")]
    [InlineData("Asia/Kolkata", "Asia/Kolkata")]
    [InlineData("W. Europe Standard Time", "Europe/Berlin")]
    [InlineData("Eastern Standard Time", "America/New_York")]
    [InlineData("utc", "UTC")]
    public void Reads_IANA_Windows_and_UTC_zone_names_as_IANA_ids(string text, string expected)
    {
        Assert.True(ScheduleArguments.TryParseTimeZone(text, out var id, out var error), error);
        Assert.Equal(expected, id);
    }

    [Theory]
    [InlineData("Mars/Olympus")]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/localtime")]
    [InlineData("")]
    public void Unknown_zones_get_a_precise_message(string text)
    {
        Assert.False(ScheduleArguments.TryParseTimeZone(text, out _, out var error));
        Assert.Equal($"'{text}' is not a time zone; use an IANA name such as Europe/Berlin or America/New_York", error);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("5", 5)]
    [InlineData("20", 20)]
    public void Reads_sizes_within_bounds(string text, int expected)
    {
        Assert.True(ScheduleArguments.TryParseSize(text, 1, 20, out var size, out _));
        Assert.Equal(expected, size);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("21")]
    [InlineData("-3")]
    [InlineData("5.5")]
    [InlineData("five")]
    public void Sizes_out_of_bounds_get_a_precise_message(string text)
    {
        Assert.False(ScheduleArguments.TryParseSize(text, 1, 20, out _, out var error));
        Assert.Equal($"'{text}' is not a digest size; use a whole number from 1 to 20", error);
    }
}
