using Microsoft.Extensions.Options;

namespace PaperBot.Ingestion.Feeds;

/// <summary>Checks the <c>Feeds</c> section at start, naming each bad setting, so a typo fails the start and not the 01:30 run.</summary>
internal sealed class FeedOptionsValidator : IValidateOptions<FeedOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedOptions options)
    {
        var failures = new List<string>();
        if (options.ArxivEnabled)
        {
            CheckUrl(options.ArxivBaseUrl, nameof(FeedOptions.ArxivBaseUrl), failures);
            failures.AddRange(options.ArxivCategories.Where(c => !ArxivQuery.IsCategory(c))
                .Select(c => $"{Key(nameof(FeedOptions.ArxivCategories))}: '{c}' is not an arXiv category code (like cs.LG, stat.ML or hep-th)"));
            if (options.ArxivMaxResults is < 1 or > ArxivQuery.MaxResultsPerRequest)
                failures.Add($"{Key(nameof(FeedOptions.ArxivMaxResults))} must be between 1 and {ArxivQuery.MaxResultsPerRequest}, not {options.ArxivMaxResults}");
            if (options.ArxivRequestInterval < TimeSpan.Zero || options.ArxivRequestInterval > TimeSpan.FromMinutes(1))
                failures.Add($"{Key(nameof(FeedOptions.ArxivRequestInterval))} must be between 0 and 00:01:00 (arXiv asks for 00:00:03), not {options.ArxivRequestInterval}");
        }
        if (options.HuggingFaceEnabled)
            CheckUrl(options.HuggingFaceUrl, nameof(FeedOptions.HuggingFaceUrl), failures);
        // Quartz, in the host, parses the expression itself; this catches the common slip of a 5-field Unix cron.
        var fields = (options.Cron ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields is < 6 or > 7)
            failures.Add($"{Key(nameof(FeedOptions.Cron))} '{options.Cron}' has {fields} fields; a Quartz cron has 6 or 7 (seconds first: \"{FeedOptions.DefaultCron}\")");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? "", out _))
            failures.Add($"{Key(nameof(FeedOptions.TimeZone))} '{options.TimeZone}' is not a known time zone (like UTC or Europe/Berlin)");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckUrl(string? url, string setting, List<string> failures)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            failures.Add($"{Key(setting)} '{url}' is not an absolute http(s) URL");
    }

    private static string Key(string setting) => $"{FeedOptions.Section}:{setting}";
}
