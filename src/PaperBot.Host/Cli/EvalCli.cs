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

/// <summary><c>paperbot eval</c>: the offline evaluation behind <c>docs/recommender.md</c>, on the seed pages and a synthetic catalogue.</summary>
public static class EvalCli
{
    public static Command Create()
    {
        var synthetic = new Option<int>("--synthetic") { Description = "papers in the synthetic catalogue (0 to skip it)", DefaultValueFactory = _ => 2_000 };
        var plot = new Option<string?>("--plot") { Description = "where to write the bar chart (PNG)", DefaultValueFactory = _ => Path.Combine("docs", "recommender-eval.png") };
        var ablations = new Option<bool>("--ablations") { Description = "also measure PaperBot with single signals switched off" };
        var command = new Command("eval", "Simulate people with hidden interests and compare PaperBot's ranking with the baselines") { synthetic, plot, ablations };
        command.SetAction((parse, cancellationToken) => CliHost.RunAsync(parse, async (services, ct) =>
        {
            var catalogues = new List<EvaluationCatalogue> { SeedCatalogue(services.GetRequiredService<IOptions<SeedOptions>>().Value) };
            if (parse.GetValue(synthetic) is > 0 and var count)
            {
                var papers = SyntheticCatalogue.Generate(count, seed: 11);
                catalogues.Add(new EvaluationCatalogue($"synthetic ({count})", papers.Select(p => p.Paper).ToList(), papers.Select(p => SyntheticCatalogue.TopicName(p.Topic)).ToList()));
            }
            var plotPath = parse.GetValue(plot);
            if (plotPath is { Length: > 0 } && Path.GetDirectoryName(Path.GetFullPath(plotPath)) is { } folder)
                Directory.CreateDirectory(folder);
            var evaluation = new RecommenderEvaluation(services.GetRequiredService<IOptions<RecommenderOptions>>().Value, new EvaluationOptions { Ablations = parse.GetValue(ablations) });
            var report = await evaluation.RunAsync(catalogues, plotPath, ct);
            Console.WriteLine(report.Setup);
            Console.WriteLine();
            Console.WriteLine(report.ToTable());
            Console.WriteLine($"{report.Elapsed.TotalSeconds:0} s{(plotPath is { Length: > 0 } ? $"; plot written to {plotPath}" : "")}");
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
