namespace PaperBot.Recommender.Tests;

public sealed class PeerChoiceTests
{
    private static readonly RankingScene Scene = new(new Dictionary<string, int[]>
    {
        ["diffusion"] = RankingScene.Topic(0, 0, 1, 2, 3, 4, 5),
        ["robots"] = RankingScene.Topic(1, 0, 1, 2, 3, 4, 5),
        ["proteins"] = RankingScene.Topic(2, 0, 1, 2, 3, 4, 5),
        ["diffusion and robots"] = [.. RankingScene.Topic(0, 6, 7), .. RankingScene.Topic(1, 6, 7)],
    });

    [Fact]
    public void A_reader_of_two_topics_gets_a_peer_for_each_and_none_from_a_third()
    {
        var likes = RankingScene.Topic(0, 8, 9).Concat(RankingScene.Topic(1, 8, 9)).ToList();
        var everyone = new[] { "diffusion", "robots", "proteins" }.Select(Scene.User).ToList();

        var chosen = Scene.Peers.Explaining(Scene.View, likes, everyone, count: 3);

        Assert.Equal([Scene.User("diffusion"), Scene.User("robots")], chosen.Select(c => c.User).Order());
        Assert.All(chosen, c => Assert.InRange(c.Weight, 0.01, 1));
    }

    [Fact]
    public void A_peer_who_explains_half_the_likes_well_counts_more_than_one_who_explains_all_of_them_weakly()
    {
        var likes = RankingScene.Topic(0, 8, 9).Concat(RankingScene.Topic(1, 8, 9)).ToList();

        var chosen = Scene.Peers.Explaining(Scene.View, likes, [Scene.User("diffusion and robots"), Scene.User("diffusion")], count: 2)
            .ToDictionary(c => c.User, c => c.Weight);

        // Squared cosines: the focused peer's taste is close to the likes of its topic, the spread one's to none.
        Assert.True(chosen[Scene.User("diffusion")] > chosen[Scene.User("diffusion and robots")],
            $"one topic {chosen[Scene.User("diffusion")]:F2}, both {chosen[Scene.User("diffusion and robots")]:F2}");
    }

    [Fact]
    public void Candidates_are_found_by_the_taste_as_a_whole_and_exclude_the_reader()
    {
        var found = Scene.Peers.PeersOf(Scene.User("diffusion"), 2);

        Assert.Equal(Scene.User("diffusion and robots"), found[0].User);
        Assert.DoesNotContain(found, f => f.User == Scene.User("diffusion"));
    }
}
