using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Tests;

public sealed class NeighbourScoresTests
{
    [Fact]
    public void People_who_share_likes_vote_for_their_other_likes_and_each_vote_names_the_shared_paper()
    {
        var scene = new RankingScene(new Dictionary<string, int[]>
        {
            ["close"] = RankingScene.Topic(0, 0, 1, 5, 6),
            ["far"] = [RankingScene.Paper(0, 2), .. RankingScene.Topic(3, 0, 1, 2)],
        });
        var evidence = scene.Evidence(RankingScene.Topic(0, 0, 1, 2));

        var votes = NeighbourScores.Compute(scene.View, evidence, scene.Unrated(evidence), neighbourhood: 10);

        // "close" shares two likes of three, "far" one: its votes weigh less.
        Assert.True(votes.Scores[RankingScene.Paper(0, 5)].Score > votes.Scores[RankingScene.Paper(3, 0)].Score);
        Assert.Contains(votes.Scores[RankingScene.Paper(0, 5)].Bridge, RankingScene.Topic(0, 0, 1));
        Assert.Equal(RankingScene.Paper(0, 2), votes.Scores[RankingScene.Paper(3, 0)].Bridge);
        Assert.False(votes.Scores.ContainsKey(RankingScene.Paper(2, 0)));
    }

    [Fact]
    public void Votes_are_reliable_when_the_neighbours_would_have_found_the_readers_own_likes()
    {
        var scene = new RankingScene(new Dictionary<string, int[]>
        {
            ["a"] = RankingScene.Topic(0, 0, 1, 2, 5),
            ["b"] = RankingScene.Topic(0, 0, 1, 2, 6),
            ["c"] = RankingScene.Topic(0, 1, 2, 7),
        });
        var evidence = scene.Evidence(RankingScene.Topic(0, 0, 1, 2));

        var votes = NeighbourScores.Compute(scene.View, evidence, scene.Unrated(evidence), neighbourhood: 10);

        Assert.True(votes.Reliability > 0.8, $"reliability {votes.Reliability:F2}");
    }

    [Fact]
    public void Votes_through_one_stray_shared_like_each_are_not_reliable()
    {
        // Each neighbour shares one like with the reader and likes another topic besides.
        var scene = new RankingScene(new Dictionary<string, int[]>
        {
            ["a"] = [RankingScene.Paper(0, 0), .. RankingScene.Topic(3, 0, 1, 2)],
            ["b"] = [RankingScene.Paper(1, 0), .. RankingScene.Topic(3, 3, 4, 5)],
            ["c"] = [RankingScene.Paper(2, 0), .. RankingScene.Topic(3, 6, 7, 8)],
        });
        var evidence = scene.Evidence([RankingScene.Paper(0, 0), RankingScene.Paper(1, 0), RankingScene.Paper(2, 0)]);

        var votes = NeighbourScores.Compute(scene.View, evidence, scene.Unrated(evidence), neighbourhood: 10);

        Assert.NotEmpty(votes.Scores);
        Assert.Equal(0, votes.Reliability);
    }

    [Fact]
    public void Fresh_papers_that_nobody_liked_get_no_votes_and_no_neighbours_are_sought()
    {
        var scene = new RankingScene(new Dictionary<string, int[]> { ["a"] = RankingScene.Topic(0, 0, 1, 2) });
        var evidence = scene.Evidence(RankingScene.Topic(0, 0, 1));

        var votes = NeighbourScores.Compute(scene.View, evidence, RankingScene.Topic(0, 8, 9, 10), neighbourhood: 10);

        Assert.Same(NeighbourScores.Votes.None, votes);
    }
}
