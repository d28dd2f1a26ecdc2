using PaperBot.Core.Chat;
using PaperBot.Core.Digests.Scheduling;

namespace PaperBot.Core.Digests;

/// <summary>The options <c>/papers subscribe</c> and <c>/papers settings</c> share, checked all at once so that a bad one changes nothing.</summary>
public static class SubscriptionArguments
{
    public static IReadOnlyList<CommandOption> Options { get; } =
    [
        new("time", "when, HH:mm (default 08:00)"),
        new("tz", "IANA time zone, e.g. Europe/Berlin (default yours, else UTC)", Suggest: Suggestions.TimeZones),
        new("days", "daily, weekdays (default) or days like mon,wed,fri"),
        CommandOption.WholeNumber("size", $"papers per digest, 1-{Subscription.MaxSize} (default {Subscription.DefaultSize})", 1, Subscription.MaxSize),
        new("topics", "words a paper should mention, comma-separated"),
        new("exclude", "words that rule a paper out, comma-separated"),
        new("categories", "arXiv categories, e.g. cs.LG,stat.ML"),
    ];

    public static bool Any(CommandArgs args) => Options.Any(o => args[o.Name] is not null);

    /// <summary>Applies the given options to <paramref name="current"/>; on any bad value returns false with a precise message.</summary>
    public static bool TryApply(Subscription current, CommandArgs args, DateTimeOffset now, out Subscription updated, out string error)
    {
        updated = current;
        var schedule = current.Schedule;
        if (args["time"] is { } timeText)
        {
            if (!ScheduleArguments.TryParseTime(timeText, out var at, out var timeError))
                return Fail(timeError, out error);
            schedule = schedule with { At = at };
        }
        if (args["tz"] is { } zoneText)
        {
            if (!ScheduleArguments.TryParseTimeZone(zoneText, out var zoneId, out var zoneError))
                return Fail(zoneError, out error);
            schedule = schedule with { TimeZoneId = zoneId };
        }
        if (args["days"] is { } daysText)
        {
            if (!DigestDays.TryParse(daysText, out var days, out var daysError))
                return Fail(daysError, out error);
            schedule = schedule with { Days = days };
        }
        var size = current.Size;
        if (args["size"] is { } sizeText && !ScheduleArguments.TryParseSize(sizeText, 1, Subscription.MaxSize, out size, out var sizeError))
            return Fail(sizeError, out error);

        updated = current with
        {
            Schedule = schedule,
            Size = size,
            Topics = List(args["topics"]) ?? current.Topics,
            Exclude = List(args["exclude"]) ?? current.Exclude,
            Categories = List(args["categories"]) ?? current.Categories,
            NextDue = schedule == current.Schedule ? current.NextDue : schedule.NextAfter(now),
        };
        error = "";
        return true;
    }

    public static string Describe(Subscription subscription)
    {
        var filters = new List<string>();
        if (subscription.Topics.Count > 0)
            filters.Add("topics " + string.Join(", ", subscription.Topics));
        if (subscription.Exclude.Count > 0)
            filters.Add("excluding " + string.Join(", ", subscription.Exclude));
        if (subscription.Categories.Count > 0)
            filters.Add("categories " + string.Join(", ", subscription.Categories));
        return $"{subscription.Size} papers, {subscription.Schedule.Describe()}" + (filters.Count > 0 ? "; " + string.Join("; ", filters) : "");
    }

    /// <summary>"none" clears a list; an absent option keeps it.</summary>
    private static List<string>? List(string? text) =>
        text is null ? null
        : text.Equals("none", StringComparison.OrdinalIgnoreCase) ? []
        : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static bool Fail(string message, out string error)
    {
        error = message;
        return false;
    }
}
