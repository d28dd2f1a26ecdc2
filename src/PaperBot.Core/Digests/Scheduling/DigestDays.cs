namespace PaperBot.Core.Digests.Scheduling;

/// <summary>The weekdays on which a digest is sent. Its text form ("weekdays", "Mon, Wed, Fri") parses back with
/// <see cref="TryParse"/>, so stores may keep it as text.</summary>
public readonly record struct DigestDays
{
    private const string Usage = "use daily, weekdays or days like mon,wed,fri";

    // Indexed by DayOfWeek (Sunday = 0), as the bits are.
    private static readonly string[] Names = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    // The week is shown Monday first: arXiv's week and ISO 8601's.
    private static readonly DayOfWeek[] MondayFirst =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private readonly byte bits;

    private DigestDays(int bits) => this.bits = (byte)bits;

    public static DigestDays Daily { get; } = new(0b111_1111);

    /// <summary>Monday to Friday, the days arXiv announces new papers.</summary>
    public static DigestDays Weekdays { get; } = new(0b011_1110);

    public static DigestDays Weekends { get; } = new(0b100_0001);

    public bool IsEmpty => bits == 0;

    /// <summary>The chosen days, Monday first.</summary>
    public IReadOnlyList<DayOfWeek> Days => [.. MondayFirst.Where(Contains)];

    public static DigestDays Of(params ReadOnlySpan<DayOfWeek> days)
    {
        var bits = 0;
        foreach (var day in days)
        {
            if (day is < DayOfWeek.Sunday or > DayOfWeek.Saturday)
                throw new ArgumentOutOfRangeException(nameof(days), day, "Not a day of the week.");
            bits |= Bit(day);
        }
        return new DigestDays(bits);
    }

    public bool Contains(DayOfWeek day) => (bits & Bit(day)) != 0;

    /// <summary>Reads <c>daily</c>, <c>weekdays</c>, <c>weekends</c>, day lists (<c>mon,wed,fri</c>, <c>monday tuesday</c>,
    /// names abbreviated to three letters or more) and ranges (<c>mon-thu</c>); the parts are combined.</summary>
    public static bool TryParse(string? text, out DigestDays days, out string error)
    {
        days = default;
        var parts = (text ?? "").Split([',', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            error = $"no days given; {Usage}";
            return false;
        }
        var bits = 0;
        foreach (var part in parts)
        {
            if (!TryParsePart(part.ToLowerInvariant(), out var partBits, out var bad))
            {
                error = $"'{bad}' is not a day; {Usage}";
                return false;
            }
            bits |= partBits;
        }
        days = new DigestDays(bits);
        error = "";
        return true;
    }

    public override string ToString()
    {
        if (this == Daily)
            return "daily";
        if (this == Weekdays)
            return "weekdays";
        if (this == Weekends)
            return "weekends";
        if (IsEmpty)
            return "no days";
        return string.Join(", ", Days.Select(day => char.ToUpperInvariant(Names[(int)day][0]) + Names[(int)day][1..3]));
    }

    private static int Bit(DayOfWeek day) => 1 << (int)day;

    private static bool TryParsePart(string part, out int bits, out string bad)
    {
        bad = "";
        bits = part switch
        {
            "daily" or "everyday" => Daily.bits,
            "weekdays" or "weekday" => Weekdays.bits,
            "weekends" or "weekend" => Weekends.bits,
            _ => 0,
        };
        if (bits != 0)
            return true;
        var range = part.Split('-');
        if (range.Length > 2)
        {
            bad = part;
            return false;
        }
        if (!TryParseDay(range[0], out var first))
        {
            bad = range[0].Length > 0 ? range[0] : part;
            return false;
        }
        var last = first;
        if (range.Length == 2 && !TryParseDay(range[1], out last))
        {
            bad = range[1].Length > 0 ? range[1] : part;
            return false;
        }
        // A range may wrap over the weekend: fri-mon is Friday, Saturday, Sunday and Monday.
        for (var day = (int)first; ; day = (day + 1) % 7)
        {
            bits |= 1 << day;
            if (day == (int)last)
                return true;
        }
    }

    private static bool TryParseDay(string word, out DayOfWeek day)
    {
        day = default;
        if (word.Length < 3)
            return false;
        // Any prefix of three letters or more is unambiguous: sun, mon, tue, tues, wed, thu, thurs, fri, sat.
        var index = Array.FindIndex(Names, name => name.StartsWith(word, StringComparison.Ordinal));
        if (index < 0)
            return false;
        day = (DayOfWeek)index;
        return true;
    }
}
