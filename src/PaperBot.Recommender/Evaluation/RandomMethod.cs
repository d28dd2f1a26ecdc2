using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Evaluation;

internal sealed class RandomMethod(int seed) : IRankingMethod
{
    public string Name => "random";

    public IReadOnlyList<int> Top(int user, IReadOnlyList<int> candidates, int k)
    {
        var shuffled = candidates.ToArray();
        SeededRandom.From(seed, "random" + user).Shuffle(shuffled);
        return shuffled.Take(k).ToList();
    }
}
