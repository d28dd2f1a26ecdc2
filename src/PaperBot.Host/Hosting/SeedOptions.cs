using System.ComponentModel.DataAnnotations;

namespace PaperBot.Host.Hosting;

/// <summary>The captured listing pages a newcomer's catalogue starts from.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seeds";

    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "seeds";

    public bool IngestOnFirstStart { get; set; } = true;
}
