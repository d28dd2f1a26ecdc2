using System.ComponentModel.DataAnnotations;

namespace PaperBot.Host.Hosting;

/// <summary>The "Shutdown" section: how a stop (SIGTERM, Ctrl+C) ends the bot.</summary>
public sealed class ShutdownOptions
{
    public const string Section = "Shutdown";

    /// <summary>How long digests under way may take to finish after a stop was asked for; then their sends are
    /// cancelled and they are left pending for the next start. The host's own shutdown timeout.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
