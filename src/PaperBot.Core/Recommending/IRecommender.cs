using PaperBot.Core.Papers;
using PaperBot.Core.Users;

namespace PaperBot.Core.Recommending;

/// <summary>Ranks papers for one person or a group. Never returns a paper the target has rated.</summary>
public interface IRecommender
{
    /// <summary>The best papers for the request's target, best first, each with a reason.</summary>
    Task<IReadOnlyList<Recommendation>> RankAsync(RankingRequest request, CancellationToken cancellationToken = default);

    /// <param name="among">When given, only these papers are ranked (a digest's candidates); otherwise the whole catalogue.</param>
    Task<IReadOnlyList<Recommendation>> RecommendAsync(UserRef user, int top, IReadOnlyCollection<PaperId>? among = null, CancellationToken cancellationToken = default) =>
        RankAsync(new RankingRequest(RankingTarget.User(user), top, among), cancellationToken);
}
