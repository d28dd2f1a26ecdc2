using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Host.Hosting;
using PaperBot.Ingestion;
using PaperBot.Ingestion.Synthetic;
using PaperBot.Recommender;
using PaperBot.Recommender.Benchmarks;
using PaperBot.Recommender.Evaluation;
using PaperBot.Recommender.Model;

namespace PaperBot.Host.Benchmarks;

/// <summary>
/// <c>paperbot bench recommender</c>: stores a catalogue and synthetic thumbs in a fresh database, then trains as
/// <c>paperbot train</c> does, twice: as that command in a process of its own (the peak of training alone), and in
/// this process through the real host (LiteDB stores, trainer, model folder) with nothing of the benchmark's own left
/// in memory, as the running bot's retraining does. Then ranks fresh papers for every person and times one
/// person's whole-catalogue recommendations with the trained model (<see cref="RankingBenchmark"/>).
/// </summary>
public static class RecommenderBenchmark
{
    private const int RatingBatch = 10_000;

    /// <param name="paperCount">The size of the synthetic catalogue (people follow its topics).</param>
    /// <param name="trainAsCommand">Also run <c>paperbot train</c> as a process of its own (this executable must be
    /// <c>paperbot</c>, so not from a test host).</param>
    public static async Task<RecommenderBenchmarkReport> RunAsync(int paperCount, BenchmarkOptions options, bool trainAsCommand = false,
        CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(Path.GetTempPath(), "paperbot-bench", Guid.NewGuid().ToString("N"));
        var database = Path.Combine(folder, "paperbot.db");
        try
        {
            var (papers, ratings, fresh, workload) = await StoreWorkloadAsync(database, paperCount, options, cancellationToken);
            await ReleaseAsync(workload, cancellationToken);
            var trainProcess = trainAsCommand ? await TrainAsCommandAsync(database, cancellationToken) : null;

            using var host = PaperBotHost.Build(new HostSettings(database, Interactive: false));
            await host.StartAsync(cancellationToken);
            var before = ProcessUsage.WorkingSetBytes();
            var cpu = ProcessUsage.ProcessorTime();
            var trainer = host.Services.GetRequiredService<RecommenderTrainer>();
            var (training, peak) = await ProcessUsage.PeakWorkingSetWhile(() => trainer.TrainAsync(cancellationToken));
            cpu = ProcessUsage.ProcessorTime() - cpu;
            var model = training.Model ?? throw new InvalidOperationException(training.Message);

            var stored = new BenchmarkWorkload(
                await host.Services.GetRequiredService<IPaperStore>().AllAsync(cancellationToken).ToListAsync(cancellationToken),
                await host.Services.GetRequiredService<IRatingStore>().AllAsync(cancellationToken).ToListAsync(cancellationToken),
                fresh);
            var ranking = await RankingBenchmark.RunAsync(stored, host.Services.GetRequiredService<ModelHolder>(),
                host.Services.GetRequiredService<IOptions<RecommenderOptions>>(), options, cancellationToken);
            await host.StopAsync(cancellationToken);
            return new RecommenderBenchmarkReport(papers, ranking.Users, ratings, fresh.Count, model.TrainingRows, model.Iterations, model.TrainingAuc,
                training.Elapsed.TotalSeconds, cpu.TotalSeconds, peak / 1e6, before / 1e6, trainProcess, ranking);
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The same training as an operator's <c>paperbot train</c>: a process of its own, whose peak is training's alone.</summary>
    private static async Task<TrainProcessMeasures> TrainAsCommandAsync(string database, CancellationToken cancellationToken)
    {
        var (elapsed, processor, peak) = await PaperBotProcess.RunAsync(["--db", database, "train"], cancellationToken);
        return new TrainProcessMeasures(elapsed.TotalSeconds, processor.TotalSeconds, peak / 1e6);
    }

    /// <summary>Collects until the workload is gone. The storing method's frame can outlive it for a moment (its
    /// completion runs the caller's continuation on its own stack), and while it does the workload is reachable.</summary>
    private static async Task ReleaseAsync(WeakReference workload, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            await Task.Delay(20, cancellationToken);
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            if (!workload.IsAlive)
                return;
        }
        throw new InvalidOperationException("The benchmark's workload is still in memory, so training's memory cannot be measured alone.");
    }

    /// <summary>Creates the workload and stores it through a host of its own (ingest, so that the search index agrees);
    /// only its sizes and the fresh papers' ids outlive this call.</summary>
    private static async Task<(int Papers, int Ratings, IReadOnlyList<PaperId> Fresh, WeakReference Workload)> StoreWorkloadAsync(string database,
        int paperCount, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var synthetic = SyntheticCatalogue.Generate(paperCount, seed: 3);
        var catalogue = new EvaluationCatalogue("synthetic", synthetic.Select(p => p.Paper).ToList(), synthetic.Select(p => SyntheticCatalogue.TopicName(p.Topic)).ToList());
        var workload = BenchmarkWorkload.Create(catalogue, options);
        using var host = PaperBotHost.Build(new HostSettings(database, Interactive: false));
        await host.StartAsync(cancellationToken);
        await host.Services.GetRequiredService<CatalogueIngestor>().IngestPapersAsync(workload.Papers, SyntheticCatalogue.Source, cancellationToken: cancellationToken);
        var ratings = host.Services.GetRequiredService<IRatingStore>();
        foreach (var batch in workload.Ratings.Chunk(RatingBatch))
            await ratings.SetManyAsync(batch, cancellationToken);
        await host.StopAsync(cancellationToken);
        return (workload.Papers.Count, workload.Ratings.Count, workload.Fresh, new WeakReference(workload));
    }
}
