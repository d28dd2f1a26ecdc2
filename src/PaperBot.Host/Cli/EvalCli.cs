using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PaperBot.Host.Hosting;
using PaperBot.Ingestion;
using PaperBot.Ingestion.Merging;
using PaperBot.Ingestion.SeedPages;
using PaperBot.Ingestion.Synthetic;
using PaperBot.Recommender;
using PaperBot.Recommender.Evaluation;

namespace PaperBot.Host.Cli;

/// <summary><c>paperbot eval</c>: the offline evaluation behind <c>docs/recommender.md</c>: families of simulated readers
/// on the seed pages, and (readers by author) on a synthetic catalogue whose papers name their authors.</summary>
public static class EvalCli
{
    public static Command Create(CliSession session)
    {
        var synthetic = new Option<int>("--synthetic") { Description = "papers in the synthetic catalogue of the readers by author", DefaultValueFactory = _ => 800 };
        var seeds = new Option<int>("--seeds") { Description = "random seeds per family of readers", DefaultValueFactory = _ => 3 };
        var families = new Option<string[]>("--family") { Description = "only these families (by name; default all)", AllowMultipleArgumentsPerToken = true };
        var plot = new Option<string?>("--plot") { Description = "where to write the bar chart (PNG)", DefaultValueFactory = _ => Path.Combine("docs", "recommender-eval.png") };
        var ablations = new Option<bool>("--ablations") { Description = "also measure PaperBot with single signals switched off" };
        var command = new Command("eval", "Simulate families of readers with hidden interests and compare PaperBot's ranking with the baselines") { synthetic, seeds, families, plot, ablations };
        command.SetAction((parse, cancellationToken) => session.RunAsync(parse, async (services, ct) =>
        {
            var seedPages = SeedCatalogue(services.GetRequiredService<IOptions<SeedOptions>>().Value);
            var count = Math.Max(100, parse.GetValue(synthetic));
            var authored = new EvaluationCatalogue($"synthetic ({count})", [.. SyntheticCatalogue.Generate(count, seed: 11).Select(p => p.Paper)]);
            var chosen = parse.GetValue(families) is { Length: > 0 } names
                ? [.. ReaderFamily.Standard.Where(f => names.Contains(f.Name, StringComparer.OrdinalIgnoreCase))]
                : ReaderFamily.Standard;
            var plotPath = parse.GetValue(plot) is { Length: > 0 } typed ? session.FullPath(typed) : null;
            if (plotPath is not null && Path.GetDirectoryName(plotPath) is { } folder)
                Directory.CreateDirectory(folder);
            var evaluation = new RecommenderEvaluation(services.GetRequiredService<IOptions<RecommenderOptions>>().Value, 
                new EvaluationOptions { Ablations = parse.GetValue(ablations), Seeds = Math.Max(1, parse.GetValue(seeds)), Families = chosen });
            var report = await evaluation.RunAsync(seedPages, authored, plotPath, ct);
            session.Console.Out.WriteLine(report.Setup);
            session.Console.Out.WriteLine();
            session.Console.Out.WriteLine("precision@10, mean over seeds; margins in points of precision@10");
            session.Console.Out.WriteLine(report.ToTable());
            session.Console.Out.WriteLine(report.WorstFamilies());
            session.Console.Out.WriteLine($"{report.Elapsed.TotalSeconds:0} s{(plotPath is { Length: > 0 } ? $"; plot written to {plotPath}" : "")}");
            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>The seed pages read straight from their folder, so that the evaluation does not depend on what a database holds.</summary>
    private static EvaluationCatalogue SeedCatalogue(SeedOptions seeds)
    {
        var folder = DataPaths.Resolve(seeds.Path);
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"The seed folder {folder} does not exist (Seeds:Path).");
        var parser = new SeedPageParser();
        var papers = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(file => parser.Parse(new SourceText(file, File.ReadAllText(file))).Papers);
        return new EvaluationCatalogue("seed pages", CatalogueMerger.Deduplicate(papers));
    }
}
