using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Evaluation;

/// <summary>One catalogue, family of readers and protocol, as every method sees it: papers, their TF-IDF features, and
/// each simulated reader's thumbs as catalogue indices.</summary>
internal sealed class EvaluationSetting
{
    public EvaluationSetting(IReadOnlyList<Paper> papers, PaperFeatures[] features, ContentSpace space, (SparseVector[] Vectors, int Dimensions) arxivSanity,
        SimulatedWorld world, DateTimeOffset now)
    {
        Papers = papers;
        ArxivSanity = arxivSanity;
        Features = features;
        Space = space;
        World = world;
        Now = now;
        var index = new Dictionary<PaperId, int>();
        for (var i = 0; i < papers.Count; i++)
            index.TryAdd(papers[i].Id, i);
        var userIndex = world.Users.Select((u, i) => (u, i)).ToDictionary(x => x.u, x => x.i);
        Likes = world.Users.Select(_ => new List<int>()).ToArray();
        Dislikes = world.Users.Select(_ => new List<int>()).ToArray();
        LikeCounts = new int[papers.Count];
        foreach (var rating in world.Ratings)
        {
            var paper = index[rating.Paper];
            if (rating.Thumb == Thumb.Up)
            {
                Likes[userIndex[rating.User]].Add(paper);
                LikeCounts[paper]++;
            }
            else
            {
                Dislikes[userIndex[rating.User]].Add(paper);
            }
        }
    }

    public IReadOnlyList<Paper> Papers { get; }

    public PaperFeatures[] Features { get; }

    public ContentSpace Space { get; }

    /// <summary>The catalogue as arxiv-sanity-lite featurizes it, for its baseline.</summary>
    public (SparseVector[] Vectors, int Dimensions) ArxivSanity { get; }

    public SimulatedWorld World { get; }

    public DateTimeOffset Now { get; }

    public List<int>[] Likes { get; }

    public List<int>[] Dislikes { get; }

    public int[] LikeCounts { get; }

    public static IReadOnlyList<int> Top(IReadOnlyList<int> candidates, Func<int, double> score, int k) =>
        candidates.Select(c => (c, s: score(c))).OrderByDescending(x => x.s).ThenBy(x => x.c).Take(k).Select(x => x.c).ToList();
}
