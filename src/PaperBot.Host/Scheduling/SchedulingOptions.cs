using System.ComponentModel.DataAnnotations;

namespace PaperBot.Host.Scheduling;

/// <summary>The "Scheduling" section: when the bot's background jobs run (Quartz cron expressions, UTC).</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>The digest dispatcher: every minute, so that each subscription goes out in the minute it is due.</summary>
    [Required]
    public string DispatchCron { get; set; } = "0 * * * * ?";

    /// <summary>Nightly retraining of the recommender.</summary>
    [Required]
    public string RetrainCron { get; set; } = "0 0 3 * * ?";

    /// <summary>Retrain early once the thumbs grew or shrank by this many since the model in service was trained (checked every 10 minutes).</summary>
    [Range(1, 1_000_000)]
    public int RetrainAfterThumbs { get; set; } = 50;
}
