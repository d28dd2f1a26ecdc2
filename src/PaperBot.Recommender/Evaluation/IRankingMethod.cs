namespace PaperBot.Recommender.Evaluation;

/// <summary>A way of ranking, as the evaluation runs it: the top <c>k</c> of the candidates for one simulated person.</summary>
internal interface IRankingMethod
{
    string Name { get; }

    IReadOnlyList<int> Top(int user, IReadOnlyList<int> candidates, int k);
}
