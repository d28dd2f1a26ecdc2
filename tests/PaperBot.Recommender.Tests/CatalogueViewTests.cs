using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Recommender.Model;
using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Tests;

/// <summary>The catalogue as ranking sees it, built from the store's stream a batch at a time: at a million papers the
/// whole catalogue's text at once took a bot from 0.7 to 7.9 GB.</summary>
public sealed class CatalogueViewTests
{
    [Fact]
    public async Task A_view_streamed_in_batches_has_the_features_and_vectors_of_one_built_at_once_and_no_abstracts_or_links()
    {
        var papers = TopicCatalogue.Create().Select(p => p with { Links = PaperLinks.ForArxiv("2401.00001") }).ToList();
        var ratings = new[] { 0, 1, 2, 13, 14 }.Select(i => TopicCatalogue.Thumb(UserRef.Terminal("ada"), papers[i], Thumb.Up))
            .Append(TopicCatalogue.Thumb(UserRef.Terminal("bob"), papers[30], Thumb.Up)).ToList();
        var options = new RecommenderOptions();
        var model = ModelBuilder.Build(papers, ratings, options, TopicCatalogue.Now, "test").Model;

        var whole = CatalogueView.Create(papers, model, options.Content);
        // Batches of 5: the last one short, so every boundary case is met.
        var streamed = await CatalogueView.CreateAsync(papers.ToAsyncEnumerable(), model, options.Content, batchSize: 5);

        Assert.Equal(papers.Count, streamed.Count);
        for (var i = 0; i < papers.Count; i++)
        {
            Assert.Equal(papers[i].Id, streamed.Papers[i].Id);
            Assert.Equal(papers[i].Title, streamed.Papers[i].Title);
            Assert.Empty(streamed.Papers[i].Abstract);
            Assert.Equal(PaperLinks.None, streamed.Papers[i].Links);
            Assert.Equal(whole.Features[i].Text.Indices, streamed.Features[i].Text.Indices);
            Assert.Equal(whole.Features[i].Text.Values, streamed.Features[i].Text.Values);
            Assert.Equal(whole.Features[i].Terms.Indices, streamed.Features[i].Terms.Indices);
            Assert.Equal(whole.Features[i].Terms.Values, streamed.Features[i].Terms.Values);
            Assert.Equal(whole.Features[i].Meta.Indices, streamed.Features[i].Meta.Indices);
            Assert.Equal(whole.Features[i].Meta.Values, streamed.Features[i].Meta.Values);
            Assert.Equal(whole.Embedding(i).ToArray(), streamed.Embedding(i).ToArray());
            Assert.Equal(whole.Bias(i), streamed.Bias(i));
        }
        Assert.All(whole.Papers, p => Assert.Empty(p.Abstract));
    }
}
