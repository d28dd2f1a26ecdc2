namespace PaperBot.Recommender.Evaluation;

/// <summary>The ceiling: a ranking that knows the reader's hidden interests. Where few wanted papers are left to rank
/// (a small interest, the fresh protocol), even it falls short of 1, and every method's margin is bounded by it.</summary>
internal sealed class BestPossibleMethod(EvaluationSetting setting) : IRankingMethod
{
    public string Name => "best possible";

    public IReadOnlyList<int> Top(int user, IReadOnlyList<int> candidates, int k)
    {
        var wanted = setting.World.Wanted[user];
        return EvaluationSetting.Top(candidates, c => wanted.Contains(c) ? 1 : 0, k);
    }
}
