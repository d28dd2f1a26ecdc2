using PaperBot.Core.Papers;
using PaperBot.Ingestion;
using PaperBot.Ingestion.SeedPages;
using PaperBot.Recommender.Evaluation;
using PaperBot.TestKit;

namespace PaperBot.Recommender.Tests;

public sealed class RecommenderEvaluationTests
{
    [Fact]
    public async Task Every_family_is_measured_in_both_protocols_against_the_baselines()
    {
        using var folder = new TempFolder();
        var plot = folder.File("eval.png");
        var families = ReaderFamily.Standard.Where(f => f.Name is "topic" or "author").Select(f => f with { Readers = 40 }).ToList();
        var evaluation = new RecommenderEvaluation(new RecommenderOptions(), new EvaluationOptions { Seeds = 1, Families = families });
        var authored = Ingestion.Synthetic.SyntheticCatalogue.Generate(300, seed: 5).Select(p => p.Paper).ToList();

        var report = await evaluation.RunAsync(new EvaluationCatalogue("seed", SeedCatalogue()), new EvaluationCatalogue("synthetic", authored), plot);

        Assert.Equal(2 * 2 * 5, report.Rows.Count);
        Assert.Equal(["random", "best possible", RecommenderEvaluation.CentroidName, RecommenderEvaluation.SvmName, RecommenderEvaluation.PaperBotName],
            report.Rows.Select(r => r.Method).Distinct());
        Assert.All(report.MarginOver("random"), m => Assert.True(m.Margin > 0.1, $"{m.Family}, {m.Protocol}: {m.Margin:F3} over random"));
        Assert.All(report.Rows.GroupBy(r => (r.Family, r.Protocol)), cell =>
            Assert.Equal(cell.Max(r => r.PrecisionAt10), cell.Single(r => r.Method == "best possible").PrecisionAt10, 9));
        Assert.Contains("| author | fresh papers |", report.ToTable(), StringComparison.Ordinal);
        Assert.Contains("worst margin over SVM (arxiv-sanity)", report.WorstFamilies(), StringComparison.Ordinal);
        Assert.True(new FileInfo(plot).Length > 10_000);
    }

    internal static List<Paper> SeedCatalogue()
    {
        var parser = new SeedPageParser();
        return Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(path => parser.Parse(new SourceText(path, File.ReadAllText(path))).Papers)
            .DistinctBy(p => p.TitleKey).ToList();
    }
}
