using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Tests;

public sealed class ReasonWriterTests
{
    private static readonly RankingScene Scene = new(new Dictionary<string, int[]> { ["a"] = RankingScene.Topic(0, 0, 1, 2) });

    [Fact]
    public void A_content_reason_names_the_liked_paper_closest_to_the_recommendation()
    {
        var robot = RankingScene.Paper(1, 0);
        var protein = RankingScene.Paper(2, 0);
        var shown = new List<int> { RankingScene.Paper(1, 5), RankingScene.Paper(2, 5) };

        var reasons = new ReasonWriter(Scene.View, Scene.Evidence([robot, protein]), shown);

        Assert.Equal($"Close to \"{Scene.Papers[robot].Title}\", which you liked", reasons.Content(shown[0]));
        Assert.Equal($"Close to \"{Scene.Papers[protein].Title}\", which you liked", reasons.Content(shown[1]));
    }

    [Fact]
    public void A_popularity_reason_gives_the_likes_upvotes_and_recency_then_the_papers_topics()
    {
        // Paper 0 of each topic has 50 upvotes and came out a day before "now".
        var paper = RankingScene.Paper(3, 0);

        var reason = new ReasonWriter(Scene.View, Scene.Evidence([]), [paper]).Popularity(paper, 3, TopicCatalogue.Now, 14);

        Assert.StartsWith("Popular (liked by 3 here, 50 upvotes, new this week); about ", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_neighbours_reason_names_the_shared_like_and_a_channel_is_spoken_of_as_the_channel()
    {
        var liked = RankingScene.Paper(0, 1);
        var group = Scene.Evidence([liked]) with { IsGroup = true };
        var shown = new List<int> { RankingScene.Paper(0, 6) };

        var reasons = new ReasonWriter(Scene.View, group, shown);

        Assert.Equal($"Liked by people who liked \"{Scene.Papers[liked].Title}\"", reasons.Neighbours(liked));
        Assert.EndsWith("which the channel liked", reasons.Content(shown[0]), StringComparison.Ordinal);
    }
}
