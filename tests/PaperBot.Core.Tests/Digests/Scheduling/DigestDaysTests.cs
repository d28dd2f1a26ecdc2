using PaperBot.Core.Digests.Scheduling;

namespace PaperBot.Core.Tests.Digests.Scheduling;

public sealed class DigestDaysTests
{
    [Theory]
    [InlineData("daily", "daily")]
    [InlineData("Weekdays", "weekdays")]
    [InlineData("weekends", "weekends")]
    [InlineData("mon,wed,fri", "Mon, Wed, Fri")]
    [InlineData("monday,tuesday", "Mon, Tue")]
    [InlineData("Fri, wed , MON", "Mon, Wed, Fri")]
    [InlineData("tues thurs", "Tue, Thu")]
    [InlineData("mon-fri", "weekdays")]
    [InlineData("fri-mon", "Mon, Fri, Sat, Sun")]
    [InlineData("weekdays,sat", "Mon, Tue, Wed, Thu, Fri, Sat")]
    [InlineData("sat,sun", "weekends")]
    public void Reads_keywords_lists_and_ranges_and_prints_them_readably(string text, string expected)
    {
        Assert.True(DigestDays.TryParse(text, out var days, out var error), error);
        Assert.Equal("", error);
        Assert.Equal(expected, days.ToString());
    }

    [Theory]
    [InlineData("funday", "'funday' is not a day; use daily, weekdays or days like mon,wed,fri")]
    [InlineData("mon,funday,fri", "'funday' is not a day; use daily, weekdays or days like mon,wed,fri")]
    [InlineData("mo", "'mo' is not a day; use daily, weekdays or days like mon,wed,fri")]
    [InlineData("mon-", "'mon-' is not a day; use daily, weekdays or days like mon,wed,fri")]
    [InlineData("mon-tue-wed", "'mon-tue-wed' is not a day; use daily, weekdays or days like mon,wed,fri")]
    [InlineData(" , ", "no days given; use daily, weekdays or days like mon,wed,fri")]
    public void Bad_days_get_a_precise_message(string text, string expected)
    {
        Assert.False(DigestDays.TryParse(text, out var days, out var error));
        Assert.Equal(expected, error);
        Assert.True(days.IsEmpty);
    }

    [Fact]
    public void The_text_form_parses_back_to_the_same_days()
    {
        foreach (var days in new[] { DigestDays.Daily, DigestDays.Weekdays, DigestDays.Weekends, DigestDays.Of(DayOfWeek.Sunday, DayOfWeek.Wednesday) })
        {
            Assert.True(DigestDays.TryParse(days.ToString(), out var again, out _));
            Assert.Equal(days, again);
        }
    }

    [Fact]
    public void Weekdays_are_Monday_to_Friday_listed_Monday_first()
    {
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], DigestDays.Weekdays.Days);
        Assert.False(DigestDays.Weekdays.Contains(DayOfWeek.Saturday));
        Assert.Equal(DigestDays.Of(DayOfWeek.Friday, DayOfWeek.Monday), DigestDays.Of(DayOfWeek.Monday, DayOfWeek.Friday));
        Assert.Throws<ArgumentOutOfRangeException>(() => DigestDays.Of((DayOfWeek)7));
    }
}
