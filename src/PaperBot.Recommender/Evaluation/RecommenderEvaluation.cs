using System.Diagnostics;
using PaperBot.Recommender.Content;
using PaperBot.Recommender.Model;

namespace PaperBot.Recommender.Evaluation;

/// <summary>
/// <c>paperbot eval</c>: simulated people with hidden topical interests rate part of a catalogue; every method
/// then ranks, per person, either every paper the person has not rated (in-matrix) or only papers nobody rated
/// (fresh), and is scored by precision@10 and nDCG@10 against the hidden interests.
/// </summary>
public sealed class RecommenderEvaluation(RecommenderOptions? options = null, EvaluationOptions? evaluation = null)
{
    public const string PaperBotName = "PaperBot";
    public const string InMatrix = "in-matrix";
    public const string Fresh = "fresh papers";

    private readonly RecommenderOptions options = options ?? new RecommenderOptions();
    private readonly EvaluationOptions evaluation = evaluation ?? new EvaluationOptions();

    /// <param name="plotPath">Where to write the bar chart (PNG); none when null.</param>
    public async Task<EvaluationReport> RunAsync(IReadOnlyList<EvaluationCatalogue> catalogues, string? plotPath = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(catalogues);
        var clock = Stopwatch.StartNew();
        var rows = new List<EvaluationRow>();
        var setup = new List<string>();
        foreach (var catalogue in catalogues)
        {
            var (found, description) = await Task.Run(() => Evaluate(catalogue, cancellationToken), cancellationToken);
            rows.AddRange(found);
            setup.Add(description);
        }
        if (plotPath is not null)
            EvaluationPlot.Write(rows, plotPath);
        return new EvaluationReport(rows, clock.Elapsed, string.Join("\n", setup));
    }

    private (List<EvaluationRow> Rows, string Setup) Evaluate(EvaluationCatalogue catalogue, CancellationToken cancellationToken)
    {
        var papers = catalogue.Papers;
        var (space, features) = ContentSpaceBuilder.BuildAndFeaturize(papers, options.Content, cancellationToken);
        var topics = catalogue.TopicNumbers()
            ?? TopicClustering.Cluster(features, space.TextFeatureCount, evaluation.Topics ?? Math.Clamp((int)Math.Round(Math.Sqrt(papers.Count / 10.0)), 4, 30), evaluation.Seed);
        var users = evaluation.Users ?? Math.Clamp(papers.Count / 2, 50, 200);
        var now = papers.Max(p => p.FirstSeen).AddDays(1);
        var rows = new List<EvaluationRow>();
        var thumbs = new List<int>();
        foreach (var fresh in new[] { false, true })
        {
            var world = SimulatedWorld.Create(papers, topics, users, fresh, evaluation, now);
            thumbs.Add(world.Ratings.Count);
            var setting = new EvaluationSetting(papers, features, space, world, now);
            foreach (var method in Methods(setting, cancellationToken))
            {
                cancellationToken.ThrowIfCancellationRequested();
                rows.Add(Measure(catalogue.Name, fresh ? Fresh : InMatrix, method, setting));
            }
        }
        var setup = $"{catalogue.Name}: {papers.Count} papers, {topics.Max() + 1} topics ({(catalogue.Topics is null ? "clustered" : "labelled")}), " +
            $"{users} simulated people, {thumbs[0]} thumbs in-matrix and {thumbs[1]} with {evaluation.FreshShare:P0} of papers held out as fresh";
        return (rows, setup);
    }

    private IEnumerable<IRankingMethod> Methods(EvaluationSetting setting, CancellationToken cancellationToken)
    {
        yield return new RandomMethod(evaluation.Seed);
        yield return new PopularityMethod(setting);
        yield return new CentroidMethod(setting);
        yield return new SvmMethod(setting);
        var built = ModelBuilder.Build(setting.Papers, setting.World.Ratings, options, setting.Now, "evaluation", cancellationToken);
        yield return new PaperBotMethod(PaperBotName, setting, built, options);
        if (!evaluation.Ablations)
            yield break;
        foreach (var (name, change) in Ablations())
        {
            var variant = Variant(change);
            yield return new PaperBotMethod(name, setting, built, variant);
        }
    }

    private static IEnumerable<(string Name, Action<BlendOptions> Change)> Ablations()
    {
        yield return ("only factorization", b => (b.Content, b.Neighbours, b.Popularity) = (0, 0, 0));
        yield return ("only content", b => (b.Factorization, b.Neighbours, b.Popularity) = (0, 0, 0));
        yield return ("no factorization", b => b.Factorization = 0);
        yield return ("no neighbours", b => b.Neighbours = 0);
    }

    private RecommenderOptions Variant(Action<BlendOptions> change)
    {
        var blend = options.Blend.Copy();
        change(blend);
        return new RecommenderOptions { ModelFolder = options.ModelFolder, Content = options.Content, Factorization = options.Factorization, Blend = blend };
    }

    private EvaluationRow Measure(string catalogue, string protocol, IRankingMethod method, EvaluationSetting setting)
    {
        var k = evaluation.K;
        var precision = new double[setting.World.Users.Count];
        var ndcg = new double[setting.World.Users.Count];
        var counted = new bool[setting.World.Users.Count];
        Parallel.For(0, setting.World.Users.Count, user =>
        {
            var rated = setting.Likes[user].Concat(setting.Dislikes[user]).ToHashSet();
            var candidates = Enumerable.Range(0, setting.Papers.Count)
                .Where(i => !rated.Contains(i) && (protocol == InMatrix || setting.World.Fresh[i])).ToList();
            var wanted = setting.World.Wanted[user];
            var relevant = candidates.Count(wanted.Contains);
            if (relevant == 0)
                return;
            var top = method.Top(user, candidates, k);
            precision[user] = top.Count(wanted.Contains) / (double)k;
            var dcg = top.Select((paper, rank) => wanted.Contains(paper) ? 1 / Math.Log2(rank + 2) : 0).Sum();
            var ideal = Enumerable.Range(0, Math.Min(k, relevant)).Sum(rank => 1 / Math.Log2(rank + 2));
            ndcg[user] = dcg / ideal;
            counted[user] = true;
        });
        var users = counted.Count(c => c);
        return new EvaluationRow(catalogue, protocol, method.Name,
            Enumerable.Range(0, counted.Length).Where(u => counted[u]).Sum(u => precision[u]) / Math.Max(1, users),
            Enumerable.Range(0, counted.Length).Where(u => counted[u]).Sum(u => ndcg[u]) / Math.Max(1, users),
            users);
    }
}
