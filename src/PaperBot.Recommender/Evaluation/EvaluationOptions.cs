namespace PaperBot.Recommender.Evaluation;

/// <summary>Which families of readers are simulated, how often, and what is measured.</summary>
public sealed class EvaluationOptions
{
    /// <summary>The families of simulated readers; <see cref="ReaderFamily.Standard"/> by default.</summary>
    public IReadOnlyList<ReaderFamily> Families { get; set; } = ReaderFamily.Standard;

    /// <summary>Each family is simulated with this many random seeds (1, 2, ...); figures are their mean.</summary>
    public int Seeds { get; set; } = 3;

    /// <summary>Share of the catalogue nobody rates in the fresh-papers protocol.</summary>
    public double FreshShare { get; set; } = 0.3;

    /// <summary>Also measure PaperBot with single signals switched off (slower; for choosing the blend).</summary>
    public bool Ablations { get; set; }

    public int K { get; set; } = 10;
}
