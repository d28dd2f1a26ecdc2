using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Tests;

public sealed class HybridRankerTests
{
    private static readonly RankingScene Scene = new(new Dictionary<string, int[]>
    {
        ["a"] = RankingScene.Topic(0, 0, 1, 2, 3),
        ["b"] = RankingScene.Topic(1, 0, 1, 2, 3),
    });

    /// <summary>Topic 0 is by far the most liked here.</summary>
    private static readonly int[] LikesHere = [.. Enumerable.Range(0, 48).Select(p => RankingScene.TopicOf(p) == 0 ? 5 : 0)];

    [Fact]
    public void With_no_thumbs_the_picks_are_spread_over_topics_even_when_one_topic_is_the_most_popular()
    {
        var evidence = Scene.Evidence([]);

        var spread = new HybridRanker(Scene.Options).Rank(Scene.View, evidence, Scene.Unrated(evidence), 4, LikesHere, TopicCatalogue.Now);
        var blend = Scene.Options.Blend.Copy();
        blend.Diversity = 0;
        var unspread = new HybridRanker(new RecommenderOptions { Blend = blend }).Rank(Scene.View, evidence, Scene.Unrated(evidence), 4, LikesHere, TopicCatalogue.Now);

        Assert.True(spread.Select(r => RankingScene.TopicOf(r.Index)).Distinct().Count() >= 3);
        Assert.All(unspread, r => Assert.Equal(0, RankingScene.TopicOf(r.Index)));
        Assert.All(spread, r => Assert.StartsWith("Popular (", r.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void After_two_thumbs_the_picks_are_the_readers_topic_and_say_which_like_or_liked_author_they_follow()
    {
        var likes = RankingScene.Topic(2, 0, 1);
        var evidence = Scene.Evidence(likes);

        var ranked = new HybridRanker(Scene.Options).Rank(Scene.View, evidence, Scene.Unrated(evidence), 5, LikesHere, TopicCatalogue.Now);

        Assert.All(ranked, r => Assert.Equal(2, RankingScene.TopicOf(r.Index)));
        // A topic here is also its four authors' work, so a pick may follow a liked author instead of a liked paper.
        Assert.All(ranked, r => Assert.Matches("^(Close to \".*\", which you liked|By .*, as are 2 papers you liked)$", r.Reason));
        Assert.All(ranked, r => Assert.Contains(likes, l => r.Reason.Contains(Scene.Papers[l].Title, StringComparison.Ordinal)
            || Scene.Papers[l].Authors.Any(a => r.Reason.StartsWith($"By {a},", StringComparison.Ordinal))));
    }

    [Fact]
    public void A_catalogue_scored_in_parallel_pieces_ranks_exactly_as_one_scored_on_one_thread()
    {
        var evidence = Scene.Evidence(RankingScene.Topic(1, 0, 2));
        var candidates = Scene.Unrated(evidence);

        var whole = new HybridRanker(Scene.Options).Rank(Scene.View, evidence, candidates, candidates.Count, LikesHere, TopicCatalogue.Now);
        // Pieces of 3 candidates: many, and the last one short.
        var pieces = new HybridRanker(Scene.Options, scoredPerPart: 3).Rank(Scene.View, evidence, candidates, candidates.Count, LikesHere, TopicCatalogue.Now);

        Assert.True(candidates.Count > 12 && candidates.Count % 3 != 0, $"{candidates.Count} candidates");
        Assert.Equal(whole, pieces);
        Assert.Equal(1, RankingScene.TopicOf(whole[0].Index));
    }
}
