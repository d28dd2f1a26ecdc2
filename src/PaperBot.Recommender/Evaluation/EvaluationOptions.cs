namespace PaperBot.Recommender.Evaluation;

/// <summary>How people are simulated and what is measured.</summary>
public sealed class EvaluationOptions
{
    /// <summary>Simulated people per catalogue; by default one per two papers, between 50 and 200.</summary>
    public int? Users { get; set; }

    /// <summary>Topics to cluster a catalogue into when it has no topic labels; by default √(papers / 10), between 4 and 30.</summary>
    public int? Topics { get; set; }

    /// <summary>Share of the catalogue nobody rates in the fresh-papers protocol.</summary>
    public double FreshShare { get; set; } = 0.3;

    /// <summary>Share of a person's wanted papers they thumbed up: drawn between these bounds.</summary>
    public double MinLikedShare { get; set; } = 0.04;

    public double MaxLikedShare { get; set; } = 0.2;

    /// <summary>Chance that a thumb contradicts the person's hidden interests.</summary>
    public double Noise { get; set; } = 0.1;

    /// <summary>Also measure PaperBot with single signals switched off (slower; for choosing the blend).</summary>
    public bool Ablations { get; set; }

    public int Seed { get; set; } = 7;

    public int K { get; set; } = 10;
}
