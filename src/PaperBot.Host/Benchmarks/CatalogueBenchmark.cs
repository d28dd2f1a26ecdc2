using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Search;
using PaperBot.Host.Hosting;
using PaperBot.Ingestion;
using PaperBot.Ingestion.Synthetic;

namespace PaperBot.Host.Benchmarks;

/// <summary>Ingests a synthetic catalogue into a fresh database and index through the real host, then times searches over it.</summary>
public static class CatalogueBenchmark
{
    public sealed record Result(int Papers, TimeSpan IngestTime, double PapersPerSecond, long PeakWorkingSetBytes, int Queries, double SearchP50Ms, double SearchP99Ms, double SearchMeanMs);

    public static async Task<Result> RunAsync(int paperCount, int queryCount, CancellationToken cancellationToken = default)
    {
        var folder = Path.Combine(Path.GetTempPath(), "paperbot-bench", Guid.NewGuid().ToString("N"));
        try
        {
            var synthetic = SyntheticCatalogue.Generate(paperCount, seed: 42);
            var papers = synthetic.Select(s => s.Paper).ToList();
            using var host = PaperBotHost.Build(new HostSettings(Path.Combine(folder, "paperbot.db"), Interactive: false));
            await host.StartAsync(cancellationToken);
            var ingestor = host.Services.GetRequiredService<CatalogueIngestor>();

            var clock = Stopwatch.StartNew();
            var summary = await ingestor.IngestPapersAsync(papers, SyntheticCatalogue.Source, cancellationToken: cancellationToken);
            clock.Stop();
            if (summary.New != paperCount)
                throw new InvalidOperationException($"Expected {paperCount} new papers, the ingest reported {summary.New}.");

            var index = host.Services.GetRequiredService<IPaperIndex>();
            var queries = Queries(papers.Select(p => p.Title).ToList(), queryCount, seed: 7);
            foreach (var query in queries.Take(200))
                await index.SearchAsync(query, 10, cancellationToken);
            var samples = new List<double>(queries.Count);
            foreach (var query in queries)
            {
                var started = Stopwatch.GetTimestamp();
                await index.SearchAsync(query, 10, cancellationToken);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            samples.Sort();
            await host.StopAsync(cancellationToken);
            return new Result(paperCount, clock.Elapsed, paperCount / clock.Elapsed.TotalSeconds, Process.GetCurrentProcess().PeakWorkingSet64,
                samples.Count, Percentiles.Of(samples, 50), Percentiles.Of(samples, 99), samples.Average());
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Three-word queries made of words that occur in titles, as people search.</summary>
    private static List<string> Queries(List<string> titles, int count, int seed)
    {
        var random = new Random(seed);
        var queries = new List<string>(count);
        while (queries.Count < count)
        {
            var words = titles[random.Next(titles.Count)].Split(' ').Where(w => w.Length > 3).ToArray();
            if (words.Length >= 3)
                queries.Add(string.Join(' ', random.GetItems(words, 3)));
        }
        return queries;
    }
}
