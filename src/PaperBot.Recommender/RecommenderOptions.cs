using System.ComponentModel.DataAnnotations;

namespace PaperBot.Recommender;

/// <summary>The "Recommender" configuration section.</summary>
public sealed class RecommenderOptions
{
    public const string Section = "Recommender";

    /// <summary>Where versioned models live; left empty, the host puts them beside the database (<c>data/paperbot.models</c>).</summary>
    [Required]
    public string ModelFolder { get; set; } = "";

    /// <summary>How many trained versions to keep on disk (the one in service is always kept).</summary>
    [Range(1, 100)]
    public int KeepModels { get; set; } = 3;

    public ContentOptions Content { get; set; } = new();

    public FactorizationOptions Factorization { get; set; } = new();

    public BlendOptions Blend { get; set; } = new();
}
