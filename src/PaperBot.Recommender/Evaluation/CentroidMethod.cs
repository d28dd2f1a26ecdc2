namespace PaperBot.Recommender.Evaluation;

/// <summary>Cosine similarity to the mean TF-IDF vector of the person's likes.</summary>
internal sealed class CentroidMethod(EvaluationSetting setting) : IRankingMethod
{
    public string Name => RecommenderEvaluation.CentroidName;

    public IReadOnlyList<int> Top(int user, IReadOnlyList<int> candidates, int k)
    {
        var centroid = new float[setting.Space.TextFeatureCount];
        foreach (var liked in setting.Likes[user])
            setting.Features[liked].Text.AddTo(centroid, 1f);
        return EvaluationSetting.Top(candidates, c => setting.Features[c].Text.Dot(centroid), k);
    }
}
