using System.CommandLine;
using System.Globalization;
using PaperBot.Host.Benchmarks;

namespace PaperBot.Host.Cli;

/// <summary><c>paperbot bench</c>: the reruns behind <c>docs/benchmarks.md</c>. Run them on a Release build.</summary>
public static class BenchCli
{
    public static Command Create()
    {
        var command = new Command("bench", "Measure speed: run on a Release build (dotnet run -c Release --project src/PaperBot.Host -- bench ...)");
        command.Subcommands.Add(Catalogue());
        command.Subcommands.Add(Startup());
        return command;
    }

    private static Command Catalogue()
    {
        var papers = new Option<int>("--papers") { Description = "synthetic papers to ingest", DefaultValueFactory = _ => 100_000 };
        var queries = new Option<int>("--queries") { Description = "searches to time", DefaultValueFactory = _ => 2_000 };
        var command = new Command("catalogue", "Ingest and index a synthetic catalogue into a fresh database, then time searches over it") { papers, queries };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var result = await CatalogueBenchmark.RunAsync(parse.GetValue(papers), parse.GetValue(queries), cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"""
                | measure | value |
                |---|---|
                | papers ingested and indexed | {result.Papers:N0} |
                | ingest + index time | {result.IngestTime.TotalSeconds:0.0} s |
                | ingest + index throughput | {result.PapersPerSecond:N0} papers/s |
                | peak working set | {result.PeakWorkingSetBytes / (1024 * 1024):N0} MiB |
                | searches timed (top 10, 3 words) | {result.Queries:N0} |
                | search p50 | {result.SearchP50Ms:0.00} ms |
                | search p99 | {result.SearchP99Ms:0.00} ms |
                | search mean | {result.SearchMeanMs:0.00} ms |
                """));
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
