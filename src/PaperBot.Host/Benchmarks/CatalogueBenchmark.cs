using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Search;
using PaperBot.Core.Users;
using PaperBot.Host.Hosting;
using PaperBot.Ingestion.Synthetic;
using PaperBot.Recommender.Benchmarks;

namespace PaperBot.Host.Benchmarks;

/// <summary>
/// <c>paperbot bench catalogue</c>: writes a synthetic arXiv metadata snapshot, ingests it with <c>paperbot ingest</c>
/// in a process of its own (so the peak memory is the ingest's alone), times a fixed query mix over the result, then
/// optionally adds people and thumbs, trains with <c>paperbot train</c>, and times <c>paperbot run</c> from process
/// start to the chat's banner and its memory once it has settled.
/// </summary>
public static class CatalogueBenchmark
{
    private const int Seed = 42;
    private const int RatingBatch = 10_000;

    /// <param name="People">People with thumbs for the bot phase; 0 skips training and the bot.</param>
    /// <param name="Folder">Where the data goes and stays (else a temporary folder, deleted afterwards); if it already
    /// holds an ingested catalogue of the same size, the ingest is skipped and its figures are absent.</param>
    public sealed record Settings(int Papers, int Queries, int People, int Thumbs, TimeSpan Settle, string? Folder = null);

    public sealed record IngestFigures(long SnapshotBytes, TimeSpan Elapsed, TimeSpan ProcessorTime, long PeakWorkingSetBytes);

    public sealed record SearchFigures(int Queries, double P50Ms, double P99Ms, double MeanMs, double MaxMs);

    public sealed record BotFigures(int People, int Thumbs, TimeSpan TrainTime, long TrainPeakBytes, TimeSpan StartTime, long SettledBytes, long PeakBytes);

    /// <param name="FirstSearch">The mix right after the index opens, as the first users of a restarted bot meet it:
    /// the runtime still runs the search path as quickly compiled code, and optimises it as it goes.</param>
    /// <param name="Search">As many other queries of the same mix just after: a bot that has served for a while.</param>
    public sealed record Result(int Papers, IngestFigures? Ingest, SearchFigures FirstSearch, SearchFigures Search, BotFigures? Bot);

    public static async Task<Result> RunAsync(Settings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var folder = settings.Folder ?? Path.Combine(Path.GetTempPath(), "paperbot-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var database = Path.Combine(folder, "paperbot.db");
            var snapshot = Path.Combine(folder, "arxiv-metadata-oai-snapshot.json");
            var queries = new CatalogueQueries(Seed);
            var ids = new List<PaperId>(settings.Papers);
            var topics = new List<int>(settings.Papers);
            var papers = SyntheticCatalogue.Stream(settings.Papers, Seed).Select(s =>
            {
                queries.Offer(s.Paper);
                ids.Add(s.Paper.Id);
                topics.Add(s.Topic);
                return s.Paper;
            });
            IngestFigures? ingest = null;
            if (File.Exists(database))
            {
                // The queries and the thumbs' papers are drawn as the catalogue is generated, so it is generated anyway.
                foreach (var _ in papers)
                {
                }
            }
            else
            {
                var bytes = await SyntheticSnapshot.WriteAsync(snapshot, papers, Seed, cancellationToken);
                var (elapsed, processor, peak) = await PaperBotProcess.RunAsync(["--db", database, "ingest", snapshot], cancellationToken);
                ingest = new IngestFigures(bytes, elapsed, processor, peak);
                File.Delete(snapshot);
            }

            var (first, search) = await SearchAndStoreThumbsAsync(database, settings, queries, ids, topics, cancellationToken);
            var bot = settings.People > 0 ? await RunBotAsync(database, settings, cancellationToken) : null;
            return new Result(settings.Papers, ingest, first, search, bot);
        }
        finally
        {
            if (settings.Folder is null)
                Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Times two draws of the query mix through the host's index, then stores the bot phase's people and thumbs
    /// with the same host.</summary>
    private static async Task<(SearchFigures First, SearchFigures Warm)> SearchAndStoreThumbsAsync(string database, Settings settings,
        CatalogueQueries queries, List<PaperId> ids, List<int> topics, CancellationToken cancellationToken)
    {
        using var host = PaperBotHost.Build(new HostSettings(database, Interactive: false));
        await host.StartAsync(cancellationToken);
        var stored = await host.Services.GetRequiredService<IPaperStore>().CountAsync(cancellationToken);
        if (stored != settings.Papers)
            throw new InvalidOperationException($"Expected {settings.Papers} papers in the catalogue after the ingest, found {stored}.");

        var index = host.Services.GetRequiredService<IPaperIndex>();
        var first = await TimeAsync(index, queries.Take(settings.Queries), cancellationToken);
        var warm = await TimeAsync(index, queries.Take(settings.Queries), cancellationToken);

        if (settings.People > 0 && !await host.Services.GetRequiredService<IRatingStore>().AnyAsync(cancellationToken))
            await StoreThumbsAsync(host.Services, settings, ids, topics, cancellationToken);
        await host.StopAsync(cancellationToken);
        return (first, warm);
    }

    private static async Task<SearchFigures> TimeAsync(IPaperIndex index, List<string> queries, CancellationToken cancellationToken)
    {
        var samples = new List<double>(queries.Count);
        foreach (var query in queries)
        {
            var started = Stopwatch.GetTimestamp();
            await index.SearchAsync(query, 10, cancellationToken);
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        samples.Sort();
        return new SearchFigures(samples.Count, Percentiles.Of(samples, 50), Percentiles.Of(samples, 99), samples.Average(), samples[^1]);
    }

    private static async Task StoreThumbsAsync(IServiceProvider services, Settings settings, List<PaperId> ids, List<int> topics, CancellationToken cancellationToken)
    {
        var options = new BenchmarkOptions { Users = settings.People, Ratings = settings.Thumbs };
        var ratings = SyntheticThumbs.Generate(ids, topics, ids.Count, options, services.GetRequiredService<TimeProvider>().GetUtcNow());
        var users = services.GetRequiredService<IUserStore>();
        foreach (var user in ratings.Select(r => r.User).Distinct())
            await users.TouchAsync(user, user.Id, "UTC", cancellationToken);
        var store = services.GetRequiredService<IRatingStore>();
        foreach (var batch in ratings.Chunk(RatingBatch))
            await store.SetManyAsync(batch, cancellationToken);
    }

    /// <summary>Trains as an operator would before the bot serves, then starts the bot and lets it settle.</summary>
    private static async Task<BotFigures> RunBotAsync(string database, Settings settings, CancellationToken cancellationToken)
    {
        var (trainTime, _, trainPeak) = await PaperBotProcess.RunAsync(["--db", database, "train"], cancellationToken);
        await using var bot = PaperBotProcess.Start("--db", database, "run");
        while (await bot.Output.ReadLineAsync(cancellationToken) is { } line && !line.StartsWith("PaperBot", StringComparison.Ordinal))
        {
        }
        var started = bot.Clock.Elapsed;
        var output = bot.Output.ReadToEndAsync(cancellationToken);
        await Task.Delay(settings.Settle, cancellationToken);
        var settled = bot.WorkingSetBytes;
        var peak = bot.PeakWorkingSetBytes;
        await bot.WaitForSuccessAsync(cancellationToken);
        await output;
        return new BotFigures(settings.People, settings.Thumbs, trainTime, trainPeak, started, settled, peak);
    }
}
