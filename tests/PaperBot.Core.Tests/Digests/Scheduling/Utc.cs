using System.Globalization;

namespace PaperBot.Core.Tests.Digests.Scheduling;

/// <summary>Writes test instants as "2026-03-29 01:00" in UTC, the form the expectations are worked out in.</summary>
internal static class Utc
{
    public static DateTimeOffset At(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static DateTimeOffset[] All(params string[] texts) => [.. texts.Select(At)];
}
