using PaperBot.Recommender.Benchmarks;
using PaperBot.Recommender.Evaluation;

namespace PaperBot.Recommender.Tests;

public sealed class RecommenderBenchmarkTests
{
    [Fact]
    public async Task A_small_benchmark_trains_ranks_and_reports_every_figure()
    {
        var papers = TopicCatalogue.Create(perTopic: 40);
        var topics = papers.Select((_, i) => (i / 40).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        var report = await new RecommenderBenchmark().RunAsync(new EvaluationCatalogue("small", papers, topics),
            new BenchmarkOptions { Users = 20, Ratings = 300, FreshPapers = 20, LatencySamples = 5 });

        Assert.Equal(20, report.Users);
        Assert.Equal(300, report.Ratings);
        Assert.True(report.TrainSeconds > 0 && report.TrainPeakMegabytes > 0 && report.RankFreshSeconds > 0 && report.OneUserMedianMilliseconds > 0);
        Assert.Contains("rank 20 fresh papers for each of 20 people", report.ToTable(), StringComparison.Ordinal);
    }
}
