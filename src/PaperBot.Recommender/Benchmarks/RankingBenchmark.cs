using System.Diagnostics;
using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Recommending;
using PaperBot.Recommender.Model;

namespace PaperBot.Recommender.Benchmarks;

/// <summary>How fast a trained model ranks.</summary>
/// <param name="PrepareSeconds">The first ranking after training: featurizing the catalogue and computing paper vectors and peers.</param>
/// <param name="RankFreshSeconds">Ranking the fresh papers for every person who has thumbs.</param>
/// <param name="FirstWholeCatalogueMilliseconds">The first ranking of the whole catalogue, after the fresh papers' rankings.</param>
/// <param name="OneUserMilliseconds">Each sampled person's recommendations over the whole catalogue, in ascending order.</param>
public sealed record RankingMeasures(
    int Users,
    double PrepareSeconds,
    double RankFreshSeconds,
    double RankFreshCpuSeconds,
    double FirstWholeCatalogueMilliseconds,
    IReadOnlyList<double> OneUserMilliseconds);

/// <summary>Ranks through the real recommender with the model <paramref name="holder"/> serves, over stores in memory
/// so that the recommender is timed and not a database.</summary>
public static class RankingBenchmark
{
    public static async Task<RankingMeasures> RunAsync(BenchmarkWorkload workload, ModelHolder holder, IOptions<RecommenderOptions> settings,
        BenchmarkOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(options);
        using var recommender = new MlNetRecommender(new MemoryPaperStore(workload.Papers), new MemoryRatingStore(workload.Ratings), holder, settings, TimeProvider.System);
        IRecommender engine = recommender;
        var users = workload.Ratings.Select(r => r.User).Distinct().ToList();
        var clock = Stopwatch.StartNew();
        await engine.RecommendAsync(users[0], 10, workload.Fresh, cancellationToken);
        var prepare = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var cpu = ProcessUsage.ProcessorTime();
        await Parallel.ForEachAsync(users, cancellationToken, async (user, token) => await engine.RecommendAsync(user, 10, workload.Fresh, token));
        var rankFresh = clock.Elapsed.TotalSeconds;
        cpu = ProcessUsage.ProcessorTime() - cpu;

        clock.Restart();
        await engine.RankAsync(new RankingRequest(RankingTarget.User(users[^1]), 10), cancellationToken);
        var firstWhole = clock.Elapsed.TotalMilliseconds;

        var latencies = new List<double>();
        foreach (var user in users.Take(options.LatencySamples))
        {
            clock.Restart();
            await engine.RankAsync(new RankingRequest(RankingTarget.User(user), 10), cancellationToken);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }
        latencies.Sort();
        return new RankingMeasures(users.Count, prepare, rankFresh, cpu.TotalSeconds, firstWhole, latencies);
    }
}
