using PaperBot.Core.Papers;
using PaperBot.Recommender.Ranking;
using PaperBot.TestKit;

namespace PaperBot.Recommender.Tests;

public sealed class SharedAuthorsTests
{
    /// <summary>A research group, Ada Lab, writes paper 0 of topics 0-3; every other paper has an author of its own.
    /// The group's papers share no topic: only the names tell them apart.</summary>
    private static readonly int[] Group = [RankingScene.Paper(0, 0), RankingScene.Paper(1, 0), RankingScene.Paper(2, 0), RankingScene.Paper(3, 0)];

    private static readonly List<Paper> Papers = [.. TopicCatalogue.Create().Select((paper, i) => paper with
    {
        Authors = Group.Contains(i) ? ["Ada Lab", $"Solo {i}"] : [$"Solo {i}"],
    })];

    private static readonly CatalogueView View = CatalogueView.Create(Papers, model: null, new RecommenderOptions().Content);

    [Fact]
    public void A_paper_scores_the_likes_that_name_its_authors_and_the_signal_is_reliable_when_it_finds_the_likes()
    {
        var likes = Group[..3];

        var matches = SharedAuthors.Compute(View, Evidence(likes), Unrated(likes));

        // Three likes name Ada Lab, whose name is on four papers.
        Assert.Equal(3 / Math.Log2(1 + 4), matches.Scores[Group[3]], 9);
        Assert.DoesNotContain(RankingScene.Paper(3, 5), matches.Scores.Keys);
        Assert.True(matches.Reliability > 0.9, $"reliability {matches.Reliability:F2}");
    }

    [Fact]
    public void A_name_on_many_papers_counts_less_than_a_name_on_few()
    {
        // "Wei Wang" is on every paper of topic 0; "Ada Lab" on paper 0 of each topic. Two likes name each.
        List<Paper> papers = [.. Papers.Select((paper, i) => RankingScene.TopicOf(i) == 0 ? paper with { Authors = [.. paper.Authors, "Wei Wang"] } : paper)];
        var view = CatalogueView.Create(papers, model: null, new RecommenderOptions().Content);
        int[] likes = [Group[0], RankingScene.Paper(0, 1), Group[1]];

        var matches = SharedAuthors.Compute(view, Evidence(likes), Unrated(likes));

        Assert.True(matches.Scores[Group[2]] > matches.Scores[RankingScene.Paper(0, 5)],
            $"by Ada Lab {matches.Scores[Group[2]]:F2}, by Wei Wang {matches.Scores[RankingScene.Paper(0, 5)]:F2}");
    }

    [Fact]
    public void Likes_that_share_no_author_give_no_signal()
    {
        int[] likes = [RankingScene.Paper(0, 1), RankingScene.Paper(0, 2), RankingScene.Paper(0, 3)];

        Assert.Same(SharedAuthors.Matches.None, SharedAuthors.Compute(View, Evidence(likes), Unrated(likes)));
    }

    [Fact]
    public void One_like_is_no_evidence_of_a_group()
    {
        int[] likes = [Group[0]];

        Assert.Same(SharedAuthors.Matches.None, SharedAuthors.Compute(View, Evidence(likes), Unrated(likes)));
    }

    [Fact]
    public void Names_are_one_author_whatever_their_case_and_count_once_per_paper()
    {
        List<Paper> papers =
        [
            PaperBuilder.Paper("one", "text", authors: ["Ada Lovelace", "ada lovelace"]),
            PaperBuilder.Paper("two", "text", authors: ["ADA LOVELACE", "Charles Babbage"]),
        ];

        var index = new AuthorIndex([.. papers.Select(p => p.Authors)]);

        Assert.Equal(2, index.Count);
        Assert.Equal(1, index.Of(0).Length);
        Assert.Equal([0, 1], index.PapersBy(index.Of(0)[0]).ToArray());
        Assert.Equal("Ada Lovelace", index.Name(index.Of(1)[0]));
    }

    [Fact]
    public void A_collaborations_long_author_list_is_read_only_as_far_as_the_cap()
    {
        var names = Enumerable.Range(0, 3000).Select(i => $"Member {i}").ToList();

        var index = new AuthorIndex([names]);

        Assert.Equal(AuthorIndex.MostPerPaper, index.Of(0).Length);
    }

    [Fact]
    public void The_reason_names_the_author_of_most_likes_or_the_one_liked_paper_they_wrote()
    {
        var likes = Group[..2];
        var matches = SharedAuthors.Compute(View, Evidence(likes), Unrated(likes));
        var reasons = new ReasonWriter(View, Evidence(likes), [Group[3]]);

        Assert.Equal("By Ada Lab, as are 2 papers you liked", reasons.Authors(Group[3], matches.LikesByAuthor));
        var ada = View.Authors.Of(Group[0])[0];
        Assert.Equal($"By Ada Lab, an author of \"{Papers[Group[0]].Title}\", which you liked",
            reasons.Authors(Group[3], new Dictionary<int, int> { [ada] = 1 }));
    }

    [Fact]
    public void The_blend_ranks_the_groups_unrated_paper_first_and_says_who_wrote_it()
    {
        var likes = Group[..3];
        var evidence = Evidence(likes);

        var ranked = new HybridRanker(new RecommenderOptions()).Rank(View, evidence, Unrated(likes), 3, View.NoLikes, TopicCatalogue.Now);

        Assert.Equal(Group[3], ranked[0].Index);
        Assert.Equal("By Ada Lab, as are 3 papers you liked", ranked[0].Reason);
    }

    private static TargetEvidence Evidence(int[] likes) =>
        new("target", likes, [], likes.Select(i => Papers[i].Id).ToHashSet(), [], IsGroup: false);

    private static List<int> Unrated(int[] likes) => [.. Enumerable.Range(0, Papers.Count).Except(likes)];
}
