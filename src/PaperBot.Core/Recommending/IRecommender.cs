using PaperBot.Core.Papers;
using PaperBot.Core.Users;

namespace PaperBot.Core.Recommending;

/// <summary>Ranks papers for one person. Never returns a paper the person has rated.</summary>
public interface IRecommender
{
    /// <param name="among">When given, only these papers are ranked (a digest's candidates); otherwise the whole catalogue.</param>
    Task<IReadOnlyList<Recommendation>> RecommendAsync(UserRef user, int top, IReadOnlyCollection<PaperId>? among = null, CancellationToken cancellationToken = default);
}
