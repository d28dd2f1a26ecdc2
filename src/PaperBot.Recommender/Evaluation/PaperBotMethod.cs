using PaperBot.Recommender.Model;
using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Evaluation;

/// <summary>PaperBot's recommender as served: the model trained on the simulated thumbs, ranked by <see cref="HybridRanker"/>.</summary>
internal sealed class PaperBotMethod : IRankingMethod
{
    private readonly EvaluationSetting setting;
    private readonly CatalogueView view;
    private readonly HybridRanker ranker;
    private readonly int[] likesHere;

    public PaperBotMethod(string name, EvaluationSetting setting, BuiltModel built, RecommenderOptions options)
    {
        Name = name;
        this.setting = setting;
        view = CatalogueView.Create(setting.Papers, built.Model, options.Content, built.Features);
        ranker = new HybridRanker(options);
        likesHere = setting.LikeCounts;
    }

    public string Name { get; }

    public IReadOnlyList<int> Top(int user, IReadOnlyList<int> candidates, int k)
    {
        var userRef = setting.World.Users[user];
        var modelUser = view.Model!.UserIndex(userRef);
        var rated = setting.Likes[user].Concat(setting.Dislikes[user]).Select(i => setting.Papers[i].Id).ToHashSet();
        var evidence = new TargetEvidence(userRef.ToString(), setting.Likes[user], setting.Dislikes[user], rated,
            modelUser >= 0 ? [modelUser] : [], IsGroup: false);
        return ranker.Rank(view, evidence, candidates, k, likesHere, setting.Now).Select(r => r.Index).ToList();
    }
}
