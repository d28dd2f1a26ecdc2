using PaperBot.Recommender.Content;
using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Evaluation;

/// <summary>
/// The arxiv-sanity-lite baseline with its own settings (<c>serve.py</c>): per reader, a linear SVM over every paper's
/// features (<see cref="ArxivSanityTfidf"/>), the reader's likes as positives and every other paper as a negative,
/// <c>LinearSVC(class_weight='balanced', C=0.01, tol=1e-6, max_iter=10000)</c>; papers ranked by decision value.
/// </summary>
internal sealed class SvmMethod(EvaluationSetting setting) : IRankingMethod
{
    private const double C = 0.01;

    public string Name => RecommenderEvaluation.SvmName;

    public IReadOnlyList<int> Top(int user, IReadOnlyList<int> candidates, int k)
    {
        var likes = setting.Likes[user].ToHashSet();
        var n = setting.Papers.Count;
        if (likes.Count == 0 || likes.Count == n)
            return candidates.Take(k).ToList();
        // class_weight='balanced': n / (classes × count of the class).
        var positive = Enumerable.Range(0, n).Select(likes.Contains).ToArray();
        var weights = positive.Select(p => C * n / (2.0 * (p ? likes.Count : n - likes.Count))).ToArray();
        var (vectors, dimensions) = setting.ArxivSanity;
        var w = new float[dimensions + 1];
        LinearSvc.Fit(vectors, positive, weights, w, tolerance: 1e-6, maxIterations: 10_000, seed: user);
        return EvaluationSetting.Top(candidates, c => vectors[c].Dot(w.AsSpan(0, dimensions)) + w[dimensions], k);
    }
}
