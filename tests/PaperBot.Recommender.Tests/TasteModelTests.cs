using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Tests;

public sealed class TasteModelTests
{
    private static readonly RankingScene Scene = new(new Dictionary<string, int[]>
    {
        ["robots"] = RankingScene.Topic(1, 0, 1, 2, 3, 4, 5, 6, 7),
        ["proteins"] = RankingScene.Topic(2, 0, 1, 2, 3),
    });

    [Fact]
    public void Papers_of_the_liked_topic_score_above_all_others()
    {
        var evidence = Scene.Evidence(RankingScene.Topic(0, 0, 1));

        using var taste = TasteModel.Fit(Scene.View, evidence, Scene.Peers, [], Scene.Options.Blend);

        var ranked = Scene.Unrated(evidence).OrderByDescending(p => Scene.View.Features[p].Text.Dot(taste.Values)).ToList();
        Assert.All(ranked.Take(RankingScene.PerTopic - 2), p => Assert.Equal(0, RankingScene.TopicOf(p)));
    }

    [Fact]
    public void A_peers_likes_join_as_positives_and_lift_the_papers_they_liked()
    {
        var evidence = Scene.Evidence([RankingScene.Paper(1, 10)]);
        var peerLiked = RankingScene.Paper(1, 0);

        using var alone = TasteModel.Fit(Scene.View, evidence, Scene.Peers, [], Scene.Options.Blend);
        using var helped = TasteModel.Fit(Scene.View, evidence, Scene.Peers, [(Scene.User("robots"), 1.0)], Scene.Options.Blend);

        Assert.True(Scene.View.Features[peerLiked].Text.Dot(helped.Values) > Scene.View.Features[peerLiked].Text.Dot(alone.Values));
    }

    [Fact]
    public void A_dislike_pushes_its_topic_down()
    {
        var likes = new[] { RankingScene.Paper(0, 0), RankingScene.Paper(2, 8) };
        var protein = RankingScene.Paper(2, 9);

        using var neutral = TasteModel.Fit(Scene.View, Scene.Evidence(likes), Scene.Peers, [], Scene.Options.Blend);
        using var disliking = TasteModel.Fit(Scene.View, Scene.Evidence(likes, [RankingScene.Paper(2, 10), RankingScene.Paper(2, 11)]), Scene.Peers, [], Scene.Options.Blend);

        Assert.True(Scene.View.Features[protein].Text.Dot(disliking.Values) < Scene.View.Features[protein].Text.Dot(neutral.Values));
    }
}
