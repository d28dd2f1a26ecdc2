using System.ComponentModel.DataAnnotations;

namespace PaperBot.Recommender;

/// <summary>Training of the field-aware factorization machine (fields: person, paper, terms, authors and categories).</summary>
public sealed class FactorizationOptions
{
    [Range(4, 64)]
    public int LatentDimension { get; set; } = 8;

    /// <summary>Passes over the examples for a small catalogue; fewer when there are many examples (see <see cref="ExampleBudget"/>).</summary>
    [Range(1, 100)]
    public int Iterations { get; set; } = 30;

    /// <summary>At most this many example visits (examples × passes), but always one whole pass: bounds training
    /// time, which is about 3 µs a visit. At the benchmark's scale (1M thumbs, 2 M examples) a second pass moved
    /// held-out AUC by less than 0.001 and cost 6 s (docs/recommender.md).</summary>
    [Range(1, int.MaxValue)]
    public int ExampleBudget { get; set; } = 3_000_000;

    [Range(0.001, 1.0)]
    public float LearningRate { get; set; } = 0.1f;

    [Range(0.0, 1.0)]
    public float LambdaLinear { get; set; } = 0.0001f;

    [Range(0.0, 1.0)]
    public float LambdaLatent { get; set; } = 0.0001f;

    /// <summary>Initial latent values are drawn within this radius; small keeps untrained terms quiet.</summary>
    [Range(0.0001, 1.0)]
    public float Radius { get; set; } = 0.05f;

    /// <summary>Unrated papers sampled per thumbs-up as weak negatives; the sampling rate is their weight. With very
    /// many thumbs fewer are sampled (at least one), to stay within <see cref="ExampleBudget"/>.</summary>
    [Range(0, 100)]
    public int WeakNegativesPerLike { get; set; } = 3;

    /// <summary>A thumbs-down counts this many times: a strong negative. (ML.NET's factorization machine ignores
    /// example weights, so weight is expressed by repetition and sampling.)</summary>
    [Range(1, 10)]
    public int DislikeRepeats { get; set; } = 2;

    /// <summary>Whether each paper also gets a field of its own (pure collaborative signal, for rated papers only).</summary>
    public bool UsePaperField { get; set; } = true;

    public int Seed { get; set; } = 42;
}
