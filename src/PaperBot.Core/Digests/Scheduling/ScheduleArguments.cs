using System.Globalization;
using System.Text.RegularExpressions;

namespace PaperBot.Core.Digests.Scheduling;

/// <summary>Reads the schedule arguments of <c>/papers subscribe</c> (<c>time:</c>, <c>tz:</c>, <c>size:</c>; <c>days:</c>
/// is <see cref="DigestDays.TryParse"/>). Each error names the bad value and the expected form.</summary>
public static partial class ScheduleArguments
{
    /// <summary>Reads <c>07:30</c>, <c>7:30</c>, <c>18:00</c>, and also <c>7pm</c>, <c>7:30 am</c>, <c>12am</c> (midnight).</summary>
    public static bool TryParseTime(string? text, out TimeOnly time, out string error)
    {
        time = default;
        error = $"'{text?.Trim()}' is not a time of day; use HH:mm (24-hour), e.g. 07:30 or 18:00";
        var match = TimePattern().Match(text?.Trim() ?? "");
        if (!match.Success)
            return false;
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
                return false;
            var pm = match.Groups["ampm"].Value.Equals("pm", StringComparison.OrdinalIgnoreCase);
            hour = (hour % 12) + (pm ? 12 : 0);
        }
        else if (!match.Groups["m"].Success)
        {
            // A bare "7" could mean 07:00 or 19:00; ask for the full form.
            return false;
        }
        if (hour > 23 || minute > 59)
            return false;
        time = new TimeOnly(hour, minute);
        error = "";
        return true;
    }

    /// <summary>Reads an IANA zone (any case: <c>europe/berlin</c>), <c>UTC</c>, or a Windows zone name, and gives the
    /// IANA id to store.</summary>
    public static bool TryParseTimeZone(string? text, out string canonicalId, out string error)
    {
        if (TimeZones.TryFind(text, out _, out canonicalId))
        {
            error = "";
            return true;
        }
        error = $"'{text?.Trim()}' is not a time zone; use an IANA name such as Europe/Berlin or America/New_York";
        return false;
    }

    public static bool TryParseSize(string? text, int min, int max, out int size, out string error)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(min, max);
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out size) && size >= min && size <= max)
        {
            error = "";
            return true;
        }
        size = 0;
        error = $"'{text?.Trim()}' is not a digest size; use a whole number from {min} to {max}";
        return false;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(?::(?<m>\d{2}))?(?:\s*(?<ampm>am|pm))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();
}
