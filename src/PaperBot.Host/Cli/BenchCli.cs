using System.CommandLine;
using System.Globalization;
using PaperBot.Host.Benchmarks;
using PaperBot.Recommender.Benchmarks;

namespace PaperBot.Host.Cli;

/// <summary><c>paperbot bench</c>: the reruns behind <c>docs/benchmarks.md</c>. Run them on a Release build.</summary>
public static class BenchCli
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure speed: run on a Release build (dotnet run -c Release --project src/PaperBot.Host -- bench ...)");
        command.Subcommands.Add(Catalogue());
        command.Subcommands.Add(Startup());
        command.Subcommands.Add(Digests());
        command.Subcommands.Add(Recommender());
        return command;
    }

    private static Command Recommender()
    {
        var papers = new Option<int>("--papers") { Description = "synthetic catalogue size", DefaultValueFactory = _ => 100_000 };
        var users = new Option<int>("--users") { Description = "people with thumbs", DefaultValueFactory = _ => 10_000 };
        var ratings = new Option<int>("--ratings") { Description = "thumbs to train from", DefaultValueFactory = _ => 1_000_000 };
        var fresh = new Option<int>("--fresh") { Description = "fresh papers ranked for every person", DefaultValueFactory = _ => 500 };
        var command = new Command("recommender", "Train from synthetic thumbs, rank fresh papers for everyone, and time one person's recommendations") { papers, users, ratings, fresh };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new BenchmarkOptions { Users = parse.GetValue(users), Ratings = parse.GetValue(ratings), FreshPapers = parse.GetValue(fresh) };
            var report = await RecommenderBenchmark.RunAsync(parse.GetValue(papers), options, trainAsCommand: true, cancellationToken);
            Console.WriteLine(report.ToTable());
            return 0;
        });
        return command;
    }

    private static Command Digests()
    {
        var subscriptions = new Option<int>("--subscriptions") { Description = "subscriptions due in the same minute", DefaultValueFactory = _ => 10_000 };
        var papers = new Option<int>("--papers") { Description = "synthetic catalogue size", DefaultValueFactory = _ => 5_000 };
        var fresh = new Option<int>("--fresh") { Description = "papers that arrived since the previous digests", DefaultValueFactory = _ => 500 };
        var command = new Command("digests", "Time the dispatcher: many subscriptions due at once, then idle rounds as not-due subscriptions grow") { subscriptions, papers, fresh };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await DigestBenchmark.RunAsync(parse.GetValue(subscriptions), parse.GetValue(papers), parse.GetValue(fresh), cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"""
                | measure | value |
                |---|---|
                | subscriptions due in the same minute | {result.Due:N0} |
                | catalogue / fresh papers | {result.Catalogue:N0} / {result.FreshPapers:N0} |
                | digests ranked and in the outbox | {result.Queued:N0} |
                | time | {result.DispatchTime.TotalSeconds:0.0} s |
                | processor time (all threads) | {result.DispatchProcessorTime.TotalSeconds:0.0} s |
                """));
            foreach (var (notDue, ms) in result.IdleRounds)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| idle dispatcher round with {notDue:N0} subscriptions not due | {ms:0.00} ms |"));
            return 0;
        });
        return command;
    }

    private static Command Catalogue()
    {
        var papers = new Option<int>("--papers") { Description = "synthetic arXiv snapshot records to ingest", DefaultValueFactory = _ => 100_000 };
        var queries = new Option<int>("--queries") { Description = "searches to time", DefaultValueFactory = _ => 2_000 };
        var people = new Option<int>("--people") { Description = "people with thumbs for the bot's start-up (0: no training, no bot)", DefaultValueFactory = _ => 0 };
        var thumbs = new Option<int>("--thumbs") { Description = "thumbs of those people", DefaultValueFactory = _ => 1_000_000 };
        var settle = new Option<int>("--settle") { Description = "seconds the bot runs before its memory is read", DefaultValueFactory = _ => 60 };
        var folder = new Option<string?>("--folder") { Description = "keep the data here; a catalogue already ingested here is reused (no ingest figures)" };
        var command = new Command("catalogue", "Ingest a synthetic arXiv snapshot with `paperbot ingest`, time searches over it, optionally start the bot on it with people and thumbs")
        {
            papers, queries, people, thumbs, settle, folder,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new CatalogueBenchmark.Settings(parse.GetValue(papers), parse.GetValue(queries), parse.GetValue(people), parse.GetValue(thumbs),
                TimeSpan.FromSeconds(parse.GetValue(settle)), parse.GetValue(folder));
            var result = await CatalogueBenchmark.RunAsync(settings, cancellationToken);
            Console.WriteLine(CatalogueReport.ToTable(result));
            return 0;
        });
        return command;
    }

    private static Command Startup()
    {
        var runs = new Option<int>("--runs") { Description = "warm starts to time after the first", DefaultValueFactory = _ => 5 };
        var command = new Command("startup", "Time `paperbot run` on the seed catalogue from process start to the chat's banner") { runs };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await StartupBenchmark.RunAsync(parse.GetValue(runs), cancellationToken);
            var warm = result.WarmStartSeconds.Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"""
                | measure | value |
                |---|---|
                | first start (empty database: ingest seeds, build index) | {result.FirstStartSeconds:0.00} s |
                | later starts, median of {warm.Count} | {warm[warm.Count / 2]:0.00} s |
                | later starts, worst | {warm[^1]:0.00} s |
                """));
            return 0;
        });
        return command;
    }
}
