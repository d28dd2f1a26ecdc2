using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Recommending;

namespace PaperBot.TestKit;

/// <summary>A stand-in recommender for tests of the code above ranking: the catalogue in id order, minus what the target rated.</summary>
public sealed class CatalogueOrderRecommender(IPaperStore papers, IRatingStore ratings) : IRecommender
{
    public async Task<IReadOnlyList<Recommendation>> RankAsync(RankingRequest request, CancellationToken cancellationToken = default)
    {
        var rated = new HashSet<PaperId>();
        foreach (var user in request.Target.Users)
            rated.UnionWith((await ratings.ForUserAsync(user, cancellationToken)).Select(r => r.Paper));
        var picks = new List<Recommendation>();
        await foreach (var paper in papers.AllAsync(cancellationToken))
        {
            if (picks.Count == request.Top)
                break;
            if (!rated.Contains(paper.Id) && request.Exclude?.Contains(paper.Id) != true && (request.Among is null || request.Among.Contains(paper.Id)))
                picks.Add(new Recommendation(paper.Id, 1.0 / (picks.Count + 1), "next in the catalogue"));
        }
        return picks;
    }
}
