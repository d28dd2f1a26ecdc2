namespace PaperBot.Recommender.Benchmarks;

/// <summary>The sizes of <c>paperbot bench recommender</c>; the defaults are the performance targets.</summary>
public sealed class BenchmarkOptions
{
    public int Users { get; set; } = 10_000;

    public int Ratings { get; set; } = 1_000_000;

    /// <summary>Papers nobody rated, ranked for every person as a digest would.</summary>
    public int FreshPapers { get; set; } = 500;

    /// <summary>People whose whole-catalogue recommendations are timed one by one.</summary>
    public int LatencySamples { get; set; } = 50;

    public int Seed { get; set; } = 11;
}
