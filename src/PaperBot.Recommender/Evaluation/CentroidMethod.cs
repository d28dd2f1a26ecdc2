namespace PaperBot.Recommender.Evaluation;

/// <summary>Cosine similarity to the mean TF-IDF vector of the reader's likes, on arxiv-sanity-lite's features (a
/// standard vectorizer, so that the baseline does not move when PaperBot's own features are tuned).</summary>
internal sealed class CentroidMethod(EvaluationSetting setting) : IRankingMethod
{
    public string Name => RecommenderEvaluation.CentroidName;

    public IReadOnlyList<int> Top(int user, IReadOnlyList<int> candidates, int k)
    {
        var (vectors, dimensions) = setting.ArxivSanity;
        var centroid = new float[dimensions];
        foreach (var liked in setting.Likes[user])
            vectors[liked].AddTo(centroid, 1f);
        return EvaluationSetting.Top(candidates, c => vectors[c].Dot(centroid), k);
    }
}
