using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Evaluation;

/// <summary>Most liked first (then upvotes and recency): the same for everyone.</summary>
internal sealed class PopularityMethod(EvaluationSetting setting) : IRankingMethod
{
    public string Name => "popularity";

    public IReadOnlyList<int> Top(int user, IReadOnlyList<int> candidates, int k) =>
        EvaluationSetting.Top(candidates, c => Popularity.Score(setting.Papers[c], setting.LikeCounts[c], setting.Now, 14), k);
}
