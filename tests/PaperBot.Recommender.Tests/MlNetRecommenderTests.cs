using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Recommending;
using PaperBot.Core.Users;

namespace PaperBot.Recommender.Tests;

public sealed class MlNetRecommenderTests
{
    private const int PerTopic = 12;

    [Fact]
    public async Task With_no_thumbs_and_no_model_it_recommends_popular_papers_across_topics_each_with_a_reason()
    {
        using var fixture = await RecommenderFixture.CreateAsync();

        var recommendations = await fixture.Recommender.RecommendAsync(UserRef.Terminal("nobody"), 4);

        Assert.Equal(4, recommendations.Count);
        Assert.All(recommendations, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.True(recommendations.Select(r => Topic(fixture, r.Paper)).Distinct().Count() >= 3, "spread over topics");
        Assert.Contains("upvotes", recommendations[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_few_thumbs_and_no_model_yet_content_similarity_leads()
    {
        using var fixture = await RecommenderFixture.CreateAsync();
        var me = UserRef.Terminal("me");
        await fixture.Ratings.SetManyAsync([
            TopicCatalogue.Thumb(me, fixture.Papers[PerTopic + 1], Thumb.Up),
            TopicCatalogue.Thumb(me, fixture.Papers[PerTopic + 2], Thumb.Up),
            TopicCatalogue.Thumb(me, fixture.Papers[2 * PerTopic], Thumb.Down),
        ]);

        var recommendations = await fixture.Recommender.RecommendAsync(me, 5);

        Assert.All(recommendations, r => Assert.Equal(1, Topic(fixture, r.Paper)));
        Assert.DoesNotContain(recommendations, r => r.Paper == fixture.Papers[PerTopic + 1].Id || r.Paper == fixture.Papers[PerTopic + 2].Id);
        // A topic here is also its four authors' work: the reason is the closest like or a liked author.
        Assert.Matches("^(Close to \"|By Author 1)", recommendations[0].Reason);
    }

    [Fact]
    public async Task After_training_rated_and_excluded_papers_never_come_back_and_among_limits_the_candidates()
    {
        using var fixture = await RecommenderFixture.CreateAsync(ratings: TopicCatalogue.Likes(TopicCatalogue.Create(), 12, PerTopic, 4));
        await fixture.Trainer.TrainAsync();
        var person = UserRef.Terminal("person1");
        var rated = (await fixture.Ratings.ForUserAsync(person)).Select(r => r.Paper).ToHashSet();

        var all = await fixture.Recommender.RankAsync(new RankingRequest(RankingTarget.User(person), fixture.Papers.Count));
        var among = fixture.Papers.Skip(PerTopic).Take(2 * PerTopic).Select(p => p.Id).ToList();
        var exclude = all.Take(2).Select(r => r.Paper).ToHashSet();
        var limited = await fixture.Recommender.RankAsync(new RankingRequest(RankingTarget.User(person), 5, among, exclude));

        Assert.Equal(fixture.Papers.Count - rated.Count, all.Count);
        Assert.DoesNotContain(all, r => rated.Contains(r.Paper));
        Assert.All(all, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.All(all.Take(5), r => Assert.Equal(1, Topic(fixture, r.Paper)));
        Assert.All(limited, r => Assert.Contains(r.Paper, among));
        Assert.DoesNotContain(limited, r => exclude.Contains(r.Paper) || rated.Contains(r.Paper));
    }

    [Fact]
    public async Task After_training_reasons_name_a_liked_paper_a_liked_author_or_people_who_liked_one()
    {
        using var fixture = await RecommenderFixture.CreateAsync(ratings: TopicCatalogue.Likes(TopicCatalogue.Create(), 12, PerTopic, 4));
        await fixture.Trainer.TrainAsync();

        var recommendations = await fixture.Recommender.RecommendAsync(UserRef.Terminal("person2"), 5);

        Assert.All(recommendations, r => Assert.Matches("^(Close to \"|Liked by people who liked \"|By Author 2)", r.Reason));
    }

    [Fact]
    public async Task A_group_pools_its_members_thumbs_and_gets_nothing_any_member_rated()
    {
        using var fixture = await RecommenderFixture.CreateAsync(ratings: TopicCatalogue.Likes(TopicCatalogue.Create(), 12, PerTopic, 4));
        await fixture.Trainer.TrainAsync();
        UserRef[] members = [UserRef.Terminal("person0"), UserRef.Terminal("person3")];
        var rated = new HashSet<PaperId>();
        foreach (var member in members)
            rated.UnionWith((await fixture.Ratings.ForUserAsync(member)).Select(r => r.Paper));

        var recommendations = await fixture.Recommender.RankAsync(new RankingRequest(RankingTarget.Group(members), 8));

        Assert.Equal(8, recommendations.Count);
        Assert.DoesNotContain(recommendations, r => rated.Contains(r.Paper));
        Assert.Equal([0, 3], recommendations.Select(r => Topic(fixture, r.Paper)).Distinct().Order());
    }

    [Fact]
    public async Task Someone_who_rated_after_the_last_training_gets_recommendations_from_their_new_thumbs()
    {
        using var fixture = await RecommenderFixture.CreateAsync(ratings: TopicCatalogue.Likes(TopicCatalogue.Create(), 12, PerTopic, 4));
        await fixture.Trainer.TrainAsync();
        var newcomer = UserRef.Terminal("newcomer");
        await fixture.Ratings.SetManyAsync([TopicCatalogue.Thumb(newcomer, fixture.Papers[2 * PerTopic + 5], Thumb.Up), TopicCatalogue.Thumb(newcomer, fixture.Papers[2 * PerTopic + 6], Thumb.Up)]);

        var recommendations = await fixture.Recommender.RecommendAsync(newcomer, 4);

        Assert.All(recommendations, r => Assert.Equal(2, Topic(fixture, r.Paper)));
    }

    private static int Topic(RecommenderFixture fixture, PaperId paper) =>
        fixture.Papers.Select((p, i) => (p, i)).Single(x => x.p.Id == paper).i / PerTopic;
}
