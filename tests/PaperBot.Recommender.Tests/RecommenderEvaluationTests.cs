using PaperBot.Core.Papers;
using PaperBot.Ingestion;
using PaperBot.Ingestion.SeedPages;
using PaperBot.Recommender.Evaluation;
using PaperBot.TestKit;

namespace PaperBot.Recommender.Tests;

public sealed class RecommenderEvaluationTests
{
    [Fact]
    public async Task On_the_seed_catalogue_PaperBot_beats_the_centroid_and_random_in_both_protocols()
    {
        using var folder = new TempFolder();
        var plot = folder.File("eval.png");
        var evaluation = new RecommenderEvaluation(new RecommenderOptions(), new EvaluationOptions { Users = 80, Seed = 3 });

        var report = await evaluation.RunAsync([new EvaluationCatalogue("seed", SeedCatalogue())], plot);

        Assert.Equal(2 * 5, report.Rows.Count);
        Assert.Equal(["random", "popularity", "TF-IDF centroid", "SVM (arxiv-sanity)", RecommenderEvaluation.PaperBotName],
            report.Rows.Select(r => r.Method).Distinct());
        Assert.All(report.MarginOver("TF-IDF centroid"), m => Assert.True(m.Margin > 0.03, $"{m.Protocol}: {m.Margin:F3} over the centroid"));
        Assert.All(report.MarginOver("random"), m => Assert.True(m.Margin > 0.25, $"{m.Protocol}: {m.Margin:F3} over random"));
        Assert.Contains("| seed | fresh papers | PaperBot |", report.ToTable(), StringComparison.Ordinal);
        Assert.True(new FileInfo(plot).Length > 10_000);
    }

    [Fact]
    public void Known_topics_are_numbered_in_the_order_of_their_names_so_every_run_draws_the_same_people()
    {
        var papers = SeedCatalogue().Take(4).ToList();

        var numbers = new EvaluationCatalogue("labelled", papers, ["vision", "language", "vision", "audio"]).TopicNumbers();

        Assert.Equal([2, 1, 2, 0], numbers!);
        Assert.Null(new EvaluationCatalogue("unlabelled", papers).TopicNumbers());
    }

    internal static List<Paper> SeedCatalogue()
    {
        var parser = new SeedPageParser();
        return Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(path => parser.Parse(new SourceText(path, File.ReadAllText(path))).Papers)
            .DistinctBy(p => p.TitleKey).ToList();
    }
}
