using System.Globalization;
using PaperBot.Core.Digests;
using PaperBot.Core.Digests.Scheduling;
using PaperBot.Storage.LiteDb.Documents;

namespace PaperBot.Storage.LiteDb.Digests;

/// <summary>Shared by the subscription store and the ledger, which writes a subscription in the same transaction as its digest.</summary>
internal static class SubscriptionMapping
{
    private const string MinuteFormat = "HH:mm";
    private const string FullTimeFormat = "HH:mm:ss.fffffff";

    public static SubscriptionDocument ToDocument(Subscription subscription) => new()
    {
        Id = subscription.Id,
        Target = TargetMapping.ToDocument(subscription.Target),
        PersonKey = subscription.Target.Person is { } person ? DocumentKeys.User(person) : null,
        Owner = TargetMapping.ToDocument(subscription.Owner),
        OwnerKey = DocumentKeys.User(subscription.Owner),
        At = FormatTime(subscription.Schedule.At),
        TimeZoneId = subscription.Schedule.TimeZoneId,
        Days = DayBits(subscription.Schedule.Days),
        Size = subscription.Size,
        Topics = [.. subscription.Topics],
        Exclude = [.. subscription.Exclude],
        Categories = [.. subscription.Categories],
        NextDue = StoredTime.Format(subscription.NextDue),
        DueTicks = subscription.IsPaused ? null : StoredTime.SortKey(subscription.NextDue),
        LastDigestAt = StoredTime.Format(subscription.LastDigestAt),
        LastOutcome = subscription.LastOutcome,
        PausedReason = subscription.PausedReason,
        CreatedAt = StoredTime.Format(subscription.CreatedAt),
    };

    public static Subscription ToSubscription(SubscriptionDocument document) => new(
        TargetMapping.ToTarget(document.Target),
        TargetMapping.ToUser(document.Owner),
        new DigestSchedule(ParseTime(document.At), document.TimeZoneId, DaysOf(document.Days)),
        document.Size,
        document.Topics,
        document.Exclude,
        document.Categories,
        StoredTime.Parse(document.NextDue),
        StoredTime.ParseOptional(document.LastDigestAt),
        document.LastOutcome,
        document.PausedReason,
        StoredTime.Parse(document.CreatedAt));

    // Bits by DayOfWeek's own numbers, so the stored form depends on nothing but .NET's enum.
    private static int DayBits(DigestDays days) => days.Days.Aggregate(0, (bits, day) => bits | (1 << (int)day));

    private static DigestDays DaysOf(int bits) =>
        DigestDays.Of([.. Enum.GetValues<DayOfWeek>().Where(day => (bits & (1 << (int)day)) != 0)]);

    // Schedules are set to the minute; finer times are kept too rather than cut.
    private static string FormatTime(TimeOnly time) =>
        time.ToString(time.Ticks % TimeSpan.TicksPerMinute == 0 ? MinuteFormat : FullTimeFormat, CultureInfo.InvariantCulture);

    private static TimeOnly ParseTime(string text) =>
        TimeOnly.ParseExact(text, [MinuteFormat, FullTimeFormat], CultureInfo.InvariantCulture, DateTimeStyles.None);
}
