using PaperBot.Host.Benchmarks;
using PaperBot.Recommender.Benchmarks;

namespace PaperBot.Host.Tests.Benchmarks;

public sealed class RecommenderBenchmarkTests
{
    [Fact]
    public async Task A_small_benchmark_trains_from_the_database_ranks_and_reports_every_figure()
    {
        var report = await RecommenderBenchmark.RunAsync(400, new BenchmarkOptions { Users = 20, Ratings = 300, FreshPapers = 20, LatencySamples = 5 });

        Assert.Equal(400, report.Papers);
        Assert.Equal(20, report.Users);
        Assert.Equal(300, report.Ratings);
        Assert.True(report.TrainingRows >= 300, $"{report.TrainingRows} training rows from 300 thumbs");
        Assert.True(report.TrainSeconds > 0 && report.TrainPeakMegabytes >= report.StartMegabytes && report.Ranking.RankFreshSeconds > 0);
        Assert.Equal(5, report.Ranking.OneUserMilliseconds.Count);
        Assert.Contains("rank 20 fresh papers for each of 20 people", report.ToTable(), StringComparison.Ordinal);
        // A test host is not `paperbot`, so the separate `paperbot train` is not run here (the CLI runs it).
        Assert.Null(report.TrainProcess);
    }
}
