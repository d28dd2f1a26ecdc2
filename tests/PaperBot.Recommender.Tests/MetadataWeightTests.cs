using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Tests;

public sealed class MetadataWeightTests
{
    private const int PerTopic = 12;

    // Four topics of twelve papers; two listings cut across them (even papers of every topic in one, odd in the other).
    private static readonly CatalogueView View = CatalogueView.Create(
        [.. TopicCatalogue.Create().Select((p, i) => p with { Sources = [i % 2 == 0 ? "listing-even.html" : "listing-odd.html"] })],
        model: null, new RecommenderOptions().Content);

    private static List<int> Others(IEnumerable<int> likes) => [.. Enumerable.Range(0, View.Count).Except(likes)];

    [Fact]
    public void A_reader_of_one_listing_across_topics_gets_the_metadata()
    {
        int[] likes = [.. Enumerable.Range(0, 4).SelectMany(t => new[] { t * PerTopic, t * PerTopic + 2, t * PerTopic + 4 })];

        Assert.True(MetadataWeight.Choose(View, likes, Others(likes), 0.5) > 0);
    }

    [Fact]
    public void A_reader_of_one_topic_across_listings_keeps_to_the_words()
    {
        // Topic 0's authors and category match the likes too, but the words already find every held-out like.
        int[] likes = [0, 1, 2, 3, 4, 5, 6, 7];

        Assert.Equal(0, MetadataWeight.Choose(View, likes, Others(likes), 0.5));
    }

    [Fact]
    public void Two_likes_leave_nothing_to_judge_by()
    {
        int[] likes = [0, PerTopic + 2];

        Assert.Equal(0, MetadataWeight.Choose(View, likes, Others(likes), 0.5));
    }

    [Fact]
    public void The_chosen_weight_lifts_the_listing_in_the_taste()
    {
        int[] likes = [.. Enumerable.Range(0, 4).SelectMany(t => new[] { t * PerTopic, t * PerTopic + 2, t * PerTopic + 4 })];
        var evidence = new TargetEvidence("reader", likes, [], likes.Select(i => View.Papers.Id(i)).ToHashSet(), [], IsGroup: false);
        var blend = new RecommenderOptions().Blend;

        using var taste = TasteModel.Fit(View, evidence, null, [], blend);

        double Score(int paper) => View.Features[paper].Text.Dot(taste.Values) + TasteFeatures.MetaScore(View.Features[paper], View.Space, taste.Values);
        var unrated = Others(likes);
        Assert.True(unrated.Where(p => p % 2 == 0).Average(Score) > unrated.Where(p => p % 2 == 1).Max(Score));
    }

    [Fact]
    public void When_the_listing_leads_the_reason_names_it_and_how_many_likes_share_it()
    {
        int[] likes = [.. Enumerable.Range(0, 4).SelectMany(t => new[] { t * PerTopic, t * PerTopic + 2, t * PerTopic + 4 })];
        var evidence = new TargetEvidence("reader", likes, [], likes.Select(i => View.Papers.Id(i)).ToHashSet(), [], IsGroup: false);

        var ranked = new HybridRanker(new RecommenderOptions()).Rank(View, evidence, Others(likes), 5, View.NoLikes, TopicCatalogue.Now);

        Assert.All(ranked, r => Assert.Equal(0, r.Index % 2));
        Assert.Contains(ranked, r => r.Reason == "From the listing listing-even.html, as are 12 papers you liked");
    }

    [Fact]
    public void A_metadata_reason_names_the_author_shared_by_most_likes()
    {
        // Topic 1's papers are by "Author 1x"; three liked papers share one of them.
        var papers = TopicCatalogue.Create();
        var author = papers[PerTopic].Authors[0];
        var likes = Enumerable.Range(PerTopic, PerTopic).Where(i => papers[i].Authors.Contains(author)).Take(3).ToArray();
        var shown = Enumerable.Range(PerTopic, PerTopic).First(i => !likes.Contains(i) && papers[i].Authors.Contains(author));
        var evidence = new TargetEvidence("reader", likes, [], likes.Select(i => View.Papers.Id(i)).ToHashSet(), [], IsGroup: false);

        var reason = new ReasonWriter(View, evidence, [shown]).Metadata(shown);

        // The category is shared by as many likes; on a tie the author, the more telling, is named.
        Assert.Equal($"By {author}, as are 3 papers you liked", reason);
    }
}
