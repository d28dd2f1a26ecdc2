namespace PaperBot.Ingestion.Feeds;

/// <summary>The sources read on a schedule (section <c>Feeds</c>): arXiv API queries by category and Hugging Face's daily papers.</summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>
    /// arXiv announces new submissions at 20:00 US Eastern, Sunday to Thursday: 00:00 UTC (summer, EDT) or 01:00 UTC
    /// (winter, EST) on Monday to Friday. 01:30 UTC on those days is after the announcement all year round, with a
    /// margin for the API to catch up, and Hugging Face's list of the previous day is complete by then.
    /// Quartz format: seconds, minutes, hours, day of month, month, day of week.
    /// </summary>
    public const string DefaultCron = "0 30 1 ? * MON-FRI";

    public static IReadOnlyList<string> DefaultArxivCategories { get; } = ["cs.LG", "cs.CL", "cs.CV", "cs.AI", "stat.ML"];

    public bool ArxivEnabled { get; set; } = true;

    public string ArxivBaseUrl { get; set; } = "https://export.arxiv.org/api/query";

    /// <summary>One query per category. Left empty, <see cref="DefaultArxivCategories"/> are read: the configuration
    /// binder adds configured items to a list's initial ones, so the defaults are filled in after binding instead.</summary>
    public IList<string> ArxivCategories { get; } = new List<string>();

    /// <summary>The newest submissions read per category and run; the API serves at most 2000 per request.</summary>
    public int ArxivMaxResults { get; set; } = 100;

    /// <summary>arXiv's API terms ask for about three seconds between calls.</summary>
    public TimeSpan ArxivRequestInterval { get; set; } = TimeSpan.FromSeconds(3);

    public bool HuggingFaceEnabled { get; set; } = true;

    public string HuggingFaceUrl { get; set; } = "https://huggingface.co/api/daily_papers";

    /// <summary>When the scheduled ingest runs, as a Quartz cron expression in <see cref="TimeZone"/>.</summary>
    public string Cron { get; set; } = DefaultCron;

    /// <summary>The time zone <see cref="Cron"/> is read in: an IANA or Windows id.</summary>
    public string TimeZone { get; set; } = "UTC";
}
