using System.Globalization;
using System.Text;
using PaperBot.Recommender.Benchmarks;

namespace PaperBot.Host.Benchmarks;

/// <summary>What <see cref="RecommenderBenchmark"/> measured.</summary>
/// <param name="TrainCpuSeconds">Processor time spent training, on all cores: unlike the elapsed time, barely moved by other work on the machine.</param>
/// <param name="TrainPeakMegabytes">The process's peak working set while training (sampled every 50 ms).</param>
/// <param name="StartMegabytes">The working set when training starts: the runtime and the started host.</param>
/// <param name="TrainProcess">The same training run as <c>paperbot train</c>, a process of its own, when measured.</param>
public sealed record RecommenderBenchmarkReport(
    int Papers,
    int Users,
    int Ratings,
    int FreshPapers,
    int TrainingRows,
    int Iterations,
    double TrainingAuc,
    double TrainSeconds,
    double TrainCpuSeconds,
    double TrainPeakMegabytes,
    double StartMegabytes,
    TrainProcessMeasures? TrainProcess,
    RankingMeasures Ranking)
{
    public string ToTable()
    {
        var oneUser = Ranking.OneUserMilliseconds;
        var text = new StringBuilder();
        text.AppendLine("| measurement | result | target |");
        text.AppendLine("|---|---:|---:|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| train from {Ratings:N0} ratings in the database ({Users:N0} people, {Papers:N0} papers; {TrainingRows:N0} examples, {Iterations} {(Iterations == 1 ? "pass" : "passes")}, training AUC {TrainingAuc:F3}) | {TrainSeconds:F1} s ({TrainCpuSeconds:F1} s of processor time) | ≤ 15 s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| peak memory while training (process working set; {StartMegabytes:F0} MB of it before training) | {TrainPeakMegabytes:F0} MB | ≤ 500 MB |");
        if (TrainProcess is { } process)
            text.AppendLine(CultureInfo.InvariantCulture, $"| `paperbot train` as its own process: elapsed, start to exit / peak resident set | {process.Seconds:F1} s ({process.CpuSeconds:F1} s of processor time) / {process.PeakMegabytes:F0} MB | |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| first ranking after training (prepare catalogue, paper vectors, peers) | {Ranking.PrepareSeconds:F1} s | ≤ 2 s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| rank {FreshPapers} fresh papers for each of {Users:N0} people | {Ranking.RankFreshSeconds:F2} s ({Ranking.RankFreshCpuSeconds:F1} s of processor time) | ≤ 2 s |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| first whole-catalogue ranking after training | {Ranking.FirstWholeCatalogueMilliseconds:F0} ms | |");
        text.AppendLine(CultureInfo.InvariantCulture, $"| one person's recommendations over the whole catalogue (median / p95 of {oneUser.Count}) | {Percentiles.Of(oneUser, 50):F1} / {Percentiles.Of(oneUser, 95):F1} ms | ≤ 50 ms |");
        return text.ToString();
    }
}

/// <summary><c>paperbot train</c> measured from outside: elapsed and processor time of the whole process, and the
/// kernel's high-water mark of its resident set.</summary>
public sealed record TrainProcessMeasures(double Seconds, double CpuSeconds, double PeakMegabytes);
