using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PaperBot.Core.Recommending;
using PaperBot.Recommender.Evaluation;
using PaperBot.Recommender.Model;

namespace PaperBot.Recommender.Benchmarks;

/// <summary>
/// <c>paperbot bench recommender</c>: trains on synthetic thumbs over the given catalogue through the real trainer
/// (into a temporary model folder), then ranks fresh papers for every person through the real recommender, and
/// times one person's whole-catalogue recommendations. Stores are in memory so only the recommender is timed.
/// </summary>
public sealed class RecommenderBenchmark(RecommenderOptions? recommender = null)
{
    /// <param name="catalogue">Papers, and their topics if known (people follow topics); without topics, each paper gets one of 20 at random.</param>
    public async Task<BenchmarkReport> RunAsync(EvaluationCatalogue catalogue, BenchmarkOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        options ??= new BenchmarkOptions();
        var papers = catalogue.Papers;
        var fresh = Math.Min(options.FreshPapers, papers.Count / 2);
        var topics = catalogue.Topics is { } labels
            ? labels.Select(label => label.GetHashCode(StringComparison.Ordinal) & 0x7FFFFFFF).ToArray()
            : papers.Select(p => (int)(Ranking.SeededRandom.From(options.Seed, p.Id.Value).NextULong() % 20)).ToArray();
        var now = papers.Max(p => p.FirstSeen).AddDays(1);
        var ratings = SyntheticThumbs.Generate(papers, topics, papers.Count - fresh, options, now);
        var folder = Path.Combine(Path.GetTempPath(), "paperbot-bench-" + Guid.NewGuid().ToString("N"));
        var settings = Copy(recommender ?? new RecommenderOptions(), folder);
        try
        {
            var paperStore = new MemoryPaperStore(papers);
            var ratingStore = new MemoryRatingStore(ratings);
            using var holder = new ModelHolder(Options.Create(settings), NullLogger<ModelHolder>.Instance);
            using var trainer = new RecommenderTrainer(paperStore, ratingStore, holder, Options.Create(settings), TimeProvider.System, NullLogger<RecommenderTrainer>.Instance);
            GC.Collect();
            var inputs = WorkingSet();
            var trainCpu = ProcessorTime();
            var (training, peak) = await WithPeakMemory(() => trainer.TrainAsync(cancellationToken));
            trainCpu = ProcessorTime() - trainCpu;
            var model = training.Model ?? throw new InvalidOperationException(training.Message);

            using var recommender = new MlNetRecommender(paperStore, ratingStore, holder, Options.Create(settings), TimeProvider.System);
            IRecommender engine = recommender;
            var users = ratings.Select(r => r.User).Distinct().ToList();
            var among = papers.Skip(papers.Count - fresh).Select(p => p.Id).ToList();
            var clock = Stopwatch.StartNew();
            await engine.RecommendAsync(users[0], 10, among, cancellationToken);
            var prepare = clock.Elapsed.TotalSeconds;

            clock.Restart();
            var rankCpu = ProcessorTime();
            await Parallel.ForEachAsync(users, cancellationToken, async (user, token) => await engine.RecommendAsync(user, 10, among, token));
            var rankFresh = clock.Elapsed.TotalSeconds;
            rankCpu = ProcessorTime() - rankCpu;

            var latencies = new List<double>();
            foreach (var user in users.Take(options.LatencySamples))
            {
                clock.Restart();
                await engine.RankAsync(new RankingRequest(RankingTarget.User(user), 10), cancellationToken);
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
            latencies.Sort();
            return new BenchmarkReport(papers.Count, users.Count, ratings.Count, fresh, model.TrainingRows, model.Iterations,
                training.Elapsed.TotalSeconds, peak / 1e6, inputs / 1e6, trainCpu, prepare, rankFresh, rankCpu,
                latencies[latencies.Count / 2], latencies[Math.Min(latencies.Count - 1, (int)(latencies.Count * 0.95))]);
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    private static double ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }

    private static async Task<(T Result, long PeakBytes)> WithPeakMemory<T>(Func<Task<T>> work)
    {
        using var process = Process.GetCurrentProcess();
        long peak = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(50, CancellationToken.None);
            }
        }, CancellationToken.None);
        var result = await work();
        await stop.CancelAsync();
        await sampler;
        process.Refresh();
        return (result, Math.Max(peak, process.WorkingSet64));
    }

    private static RecommenderOptions Copy(RecommenderOptions options, string folder) => new()
    {
        ModelFolder = folder,
        KeepModels = options.KeepModels,
        Content = options.Content,
        Factorization = options.Factorization,
        Blend = options.Blend,
    };
}
