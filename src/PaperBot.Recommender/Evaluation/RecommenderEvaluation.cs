using System.Diagnostics;
using PaperBot.Recommender.Content;
using PaperBot.Recommender.Model;

namespace PaperBot.Recommender.Evaluation;

/// <summary>
/// <c>paperbot eval</c>: for every <see cref="ReaderFamily"/> and seed, simulated readers with hidden interests rate
/// part of a catalogue; every method then ranks, per reader, either every paper the reader has not rated (in-matrix)
/// or only papers nobody rated (fresh), and is scored by precision@10 and nDCG@10 against the hidden interests.
/// </summary>
public sealed class RecommenderEvaluation(RecommenderOptions? options = null, EvaluationOptions? evaluation = null)
{
    public const string PaperBotName = "PaperBot";
    public const string SvmName = "SVM (arxiv-sanity)";
    public const string CentroidName = "TF-IDF centroid";
    public const string InMatrix = "in-matrix";
    public const string Fresh = "fresh papers";

    private readonly RecommenderOptions options = options ?? new RecommenderOptions();
    private readonly EvaluationOptions evaluation = evaluation ?? new EvaluationOptions();

    /// <param name="seeds">The catalogue of the families by keyword and by listing (the seed pages).</param>
    /// <param name="authored">The catalogue of the families by author (its papers name their authors).</param>
    /// <param name="plotPath">Where to write the bar chart (PNG); none when null.</param>
    public async Task<EvaluationReport> RunAsync(EvaluationCatalogue seeds, EvaluationCatalogue authored, string? plotPath = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentNullException.ThrowIfNull(authored);
        var clock = Stopwatch.StartNew();
        var prepared = new Dictionary<EvaluationCatalogue, Prepared>();
        var rows = new List<EvaluationRow>();
        var setup = new List<string>();
        foreach (var family in evaluation.Families)
        {
            var catalogue = family.Source == InterestSource.Authors ? authored : seeds;
            if (!prepared.TryGetValue(catalogue, out var ready))
                prepared[catalogue] = ready = await Task.Run(() => Prepare(catalogue, cancellationToken), cancellationToken);
            var (found, description) = await Task.Run(() => Evaluate(family, catalogue, ready, cancellationToken), cancellationToken);
            rows.AddRange(found);
            setup.Add(description);
        }
        if (plotPath is not null)
            EvaluationPlot.Write(rows, plotPath);
        return new EvaluationReport(rows, clock.Elapsed, string.Join("\n", setup));
    }

    private sealed record Prepared(ContentSpace Space, PaperFeatures[] Features, (SparseVector[] Vectors, int Dimensions) ArxivSanity);

    private Prepared Prepare(EvaluationCatalogue catalogue, CancellationToken cancellationToken)
    {
        var (space, features) = ContentSpaceBuilder.BuildAndFeaturize(catalogue.Papers, options.Content, cancellationToken);
        return new Prepared(space, features, ArxivSanityTfidf.Vectorize(catalogue.Papers));
    }

    private (List<EvaluationRow> Rows, string Setup) Evaluate(ReaderFamily family, EvaluationCatalogue catalogue, Prepared prepared,
        CancellationToken cancellationToken)
    {
        var papers = catalogue.Papers;
        var interests = CatalogueInterests.Find(papers, family.Source);
        var now = papers.Max(p => p.FirstSeen).AddDays(1);
        var scores = new Dictionary<(string Protocol, string Method), List<(double Precision, double Ndcg, int Readers)>>();
        var thumbs = 0;
        for (var seed = 1; seed <= evaluation.Seeds; seed++)
        {
            foreach (var fresh in new[] { false, true })
            {
                var world = SimulatedWorld.Create(papers, interests, family, seed, fresh, evaluation.FreshShare, now);
                thumbs += world.Ratings.Count;
                var setting = new EvaluationSetting(papers, prepared.Features, prepared.Space, prepared.ArxivSanity, world, now);
                foreach (var method in Methods(setting, seed, cancellationToken))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var key = (fresh ? Fresh : InMatrix, method.Name);
                    if (!scores.TryGetValue(key, out var list))
                        scores[key] = list = [];
                    list.Add(Measure(fresh, method, setting));
                }
            }
        }
        var rows = scores.Select(s => new EvaluationRow(family.Name, family.HeldOut, s.Key.Protocol, s.Key.Method,
            s.Value.Average(v => v.Precision), s.Value.Average(v => v.Ndcg), s.Value.Min(v => v.Precision), s.Value.Max(v => v.Precision),
            s.Value.Sum(v => v.Readers) / s.Value.Count)).ToList();
        var setup = $"{family.Name}{(family.HeldOut ? " (held out)" : "")}: {catalogue.Name}, {interests.Count} interests by {family.Source.ToString().ToLowerInvariant()}, " +
            $"{family.Readers} readers of {family.Interests.Min}-{family.Interests.Max} interests, " +
            $"{thumbs / (2.0 * evaluation.Seeds * family.Readers):0.0} thumbs each, {family.Flipped:P0} flipped, up to {family.StrayLikes} stray likes";
        return (rows, setup);
    }

    private IEnumerable<IRankingMethod> Methods(EvaluationSetting setting, int seed, CancellationToken cancellationToken)
    {
        yield return new RandomMethod(seed);
        yield return new BestPossibleMethod(setting);
        yield return new CentroidMethod(setting);
        yield return new SvmMethod(setting);
        var built = ModelBuilder.Build(setting.Papers, setting.World.Ratings, options, setting.Now, "evaluation", cancellationToken);
        yield return new PaperBotMethod(PaperBotName, setting, built, options);
        if (!evaluation.Ablations)
            yield break;
        foreach (var (name, change) in Ablations())
        {
            var blend = options.Blend.Copy();
            change(blend);
            yield return new PaperBotMethod(name, setting, built,
                new RecommenderOptions { ModelFolder = options.ModelFolder, Content = options.Content, Factorization = options.Factorization, Blend = blend });
        }
    }

    private static IEnumerable<(string Name, Action<BlendOptions> Change)> Ablations()
    {
        yield return ("only factorization", b => (b.Content, b.Terms, b.Neighbours, b.Authors, b.Popularity) = (0, 0, 0, 0, 0));
        yield return ("no factorization", b => b.Factorization = 0);
        yield return ("no neighbours", b => b.Neighbours = 0);
        yield return ("no peers", b => b.PeerShare = 0);
        yield return ("no metadata", b => b.Metadata = 0);
        yield return ("no shared authors", b => b.Authors = 0);
        yield return ("no liked terms", b => b.Terms = 0);
    }

    private (double Precision, double Ndcg, int Readers) Measure(bool fresh, IRankingMethod method, EvaluationSetting setting)
    {
        var k = evaluation.K;
        var count = setting.World.Users.Count;
        var precision = new double[count];
        var ndcg = new double[count];
        var counted = new bool[count];
        Parallel.For(0, count, user =>
        {
            var rated = setting.Likes[user].Concat(setting.Dislikes[user]).ToHashSet();
            var candidates = Enumerable.Range(0, setting.Papers.Count).Where(i => !rated.Contains(i) && (!fresh || setting.World.Fresh[i])).ToList();
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
        var readers = counted.Count(c => c);
        return (Enumerable.Range(0, count).Where(u => counted[u]).Sum(u => precision[u]) / Math.Max(1, readers),
            Enumerable.Range(0, count).Where(u => counted[u]).Sum(u => ndcg[u]) / Math.Max(1, readers), readers);
    }
}
