using System.Numerics.Tensors;
using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Tests;

public sealed class FoldInTests
{
    [Fact]
    public void Someone_the_model_has_not_seen_gets_a_vector_that_prefers_the_papers_of_their_likes_topic()
    {
        var scene = new RankingScene(new Dictionary<string, int[]>
        {
            ["a"] = RankingScene.Topic(1, 0, 1, 2, 3, 4),
            ["b"] = RankingScene.Topic(1, 5, 6, 7, 8),
            ["c"] = RankingScene.Topic(3, 0, 1, 2, 3, 4),
        });
        var evidence = scene.Evidence(RankingScene.Topic(1, 9, 10), [RankingScene.Paper(3, 9)]);

        var vector = FoldIn.Fit(scene.View, evidence, scene.Options.Factorization)!;

        double Mean(int topic) => Enumerable.Range(0, RankingScene.PerTopic).Average(j =>
            scene.View.Bias(RankingScene.Paper(topic, j)) + TensorPrimitives.Dot(vector, scene.View.Embedding(RankingScene.Paper(topic, j))));
        Assert.True(Mean(1) > Mean(3), $"liked topic {Mean(1):F3}, disliked topic {Mean(3):F3}");
    }

    [Fact]
    public void Without_likes_there_is_nothing_to_fold_in()
    {
        var scene = new RankingScene(new Dictionary<string, int[]> { ["a"] = RankingScene.Topic(0, 0, 1) });

        Assert.Null(FoldIn.Fit(scene.View, scene.Evidence([], [RankingScene.Paper(0, 2)]), scene.Options.Factorization));
    }
}
