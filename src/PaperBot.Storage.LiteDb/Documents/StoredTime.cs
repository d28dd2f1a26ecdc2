using System.Globalization;

namespace PaperBot.Storage.LiteDb.Documents;

/// <summary>Times and dates as text: BSON dates keep only UTC milliseconds, and a record read back should equal the one written.</summary>
internal static class StoredTime
{
    private const string DateFormat = "yyyy-MM-dd";

    public static string Format(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) => DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static string? Format(DateTimeOffset? time) => time is { } value ? Format(value) : null;

    public static DateTimeOffset? ParseOptional(string? text) => text is null ? null : Parse(text);

    /// <summary>The instant as a number that sorts in time order whatever the offset, for range indexes.</summary>
    public static long SortKey(DateTimeOffset time) => time.UtcTicks;

    public static string? Format(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);
}
