using System.Globalization;
using System.Text;

namespace PaperBot.Recommender.Benchmarks;

/// <summary>What the benchmark measured.</summary>
/// <param name="TrainPeakMegabytes">The process's peak working set while training (sampled every 50 ms).</param>
/// <param name="InputMegabytes">The working set before training: the benchmark's own catalogue and thumbs, and the runtime.</param>
/// <param name="TrainCpuSeconds">Processor time spent training, on all cores: unlike the elapsed time, barely moved by other work on the machine.</param>
/// <param name="PrepareSeconds">The first ranking after training: featurizing the catalogue and computing paper vectors and peers.</param>
/// <param name="RankFreshSeconds">Ranking <paramref name="FreshPapers"/> papers for each of <paramref name="Users"/> people.</param>
public sealed record BenchmarkReport(
    int Papers,
    int Users,
    int Ratings,
    int FreshPapers,
    int TrainingRows,
    int Iterations,
    double TrainSeconds,
    double TrainPeakMegabytes,
    double InputMegabytes,
    double TrainCpuSeconds,
    double PrepareSeconds,
    double RankFreshSeconds,
    double RankFreshCpuSeconds,
    double OneUserMedianMilliseconds,
    double OneUserP95Milliseconds)
{
    public string ToTable()
    {
        var text = new StringBuilder();
        text.AppendLine("| measurement | result | target |");
        text.AppendLine("|---|---:|---:|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| train from {Ratings:N0} ratings ({Users:N0} people, {Papers:N0} papers; {TrainingRows:N0} examples, {Iterations} passes) | {TrainSeconds:F1} s ({TrainCpuSeconds:F1} s of processor time) | ≤ 30 s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| peak memory while training (process working set; {InputMegabytes:F0} MB of it before training) | {TrainPeakMegabytes:F0} MB | ≤ 1024 MB |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| first ranking after training (prepare catalogue, paper vectors, peers) | {PrepareSeconds:F1} s | |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| rank {FreshPapers} fresh papers for each of {Users:N0} people | {RankFreshSeconds:F2} s ({RankFreshCpuSeconds:F1} s of processor time) | ≤ 5 s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| one person's recommendations over the whole catalogue (median / p95) | {OneUserMedianMilliseconds:F1} / {OneUserP95Milliseconds:F1} ms | ≤ 50 ms |");
        return text.ToString();
    }
}
