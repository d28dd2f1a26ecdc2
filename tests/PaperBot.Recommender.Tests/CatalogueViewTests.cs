using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.Recommender.Content;
using PaperBot.Recommender.Model;
using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Tests;

/// <summary>The catalogue as ranking sees it, built from the store's stream a batch at a time: at a million papers the
/// whole catalogue's text at once took a bot from 0.7 to 7.9 GB.</summary>
public sealed class CatalogueViewTests
{
    [Fact]
    public async Task A_view_streamed_in_batches_has_the_papers_features_and_vectors_of_one_built_at_once()
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
            Assert.Equal(papers[i].Id, streamed.Papers.Id(i));
            Assert.Equal(papers[i].Title, streamed.Papers.Title(i));
            Assert.Equal(papers[i].Authors, streamed.Papers.Authors(i));
            Assert.Equal(papers[i].Categories, streamed.Papers.Categories(i));
            Assert.Equal(whole.SeenDays[i], streamed.SeenDays[i]);
            Assert.Equal(PackedAssert.Entries(whole.Features[i].Text), PackedAssert.Entries(streamed.Features[i].Text));
            Assert.Equal(PackedAssert.Entries(whole.Features[i].Terms), PackedAssert.Entries(streamed.Features[i].Terms));
            Assert.Equal(PackedAssert.Entries(whole.Features[i].Meta), PackedAssert.Entries(streamed.Features[i].Meta));
            Assert.Equal(whole.Embedding(i).ToArray(), streamed.Embedding(i).ToArray());
            Assert.Equal(whole.Bias(i), streamed.Bias(i));
        }
    }

    [Fact]
    public void A_views_packed_features_are_the_papers_own_to_within_a_step()
    {
        var papers = TopicCatalogue.Create();
        var ratings = new[] { 0, 1, 13 }.Select(i => TopicCatalogue.Thumb(UserRef.Terminal("ada"), papers[i], Thumb.Up)).ToList();
        var options = new RecommenderOptions();
        var model = ModelBuilder.Build(papers, ratings, options, TopicCatalogue.Now, "test").Model;

        var view = CatalogueView.Create(papers, model, options.Content);

        for (var i = 0; i < papers.Count; i++)
            PackedAssert.Close(model.Content.Featurize(papers[i]), view.Features[i]);
    }

    [Fact]
    public async Task A_view_on_a_model_trained_here_shares_the_papers_packed_at_training_and_featurizes_only_newer_ones()
    {
        var papers = TopicCatalogue.Create();
        var options = new RecommenderOptions();
        var built = TrainedOnTheFirstTwenty(papers, options);
        var model = built.Model;
        var fresh = await CatalogueView.CreateAsync(papers.ToAsyncEnumerable(), model, options.Content, batchSize: 7);
        var trained = KeepTrainedFeatures(built);

        var shared = await CatalogueView.CreateAsync(papers.ToAsyncEnumerable(), model, options.Content, batchSize: 7);

        for (var i = 0; i < papers.Count; i++)
        {
            var known = model.PaperIndex(papers[i].Id);
            Assert.Equal(i < 20, known >= 0);
            Assert.Equal(PackedAssert.Entries(fresh.Features[i].Text), PackedAssert.Entries(shared.Features[i].Text));
            Assert.Equal(PackedAssert.Entries(fresh.Features[i].Meta), PackedAssert.Entries(shared.Features[i].Meta));
            if (known >= 0)
                Assert.Equal(PackedAssert.Entries(trained[known].Text), PackedAssert.Entries(shared.Features[i].Text));
            Assert.Equal(fresh.Bias(i), shared.Bias(i), 1e-3f);
            Assert.All(fresh.Embedding(i).ToArray().Zip(shared.Embedding(i).ToArray()), pair => Assert.Equal(pair.First, pair.Second, 1e-3f));
        }
    }

    [Fact]
    public async Task A_paper_revised_since_training_is_featurized_again_not_taken_from_training()
    {
        var papers = TopicCatalogue.Create();
        var options = new RecommenderOptions();
        var built = TrainedOnTheFirstTwenty(papers, options);
        var model = built.Model;
        var trained = KeepTrainedFeatures(built);
        var revised = papers.Select((p, i) => i == 3 ? p with { Abstract = papers[30].Abstract } : p).ToList();

        var view = await CatalogueView.CreateAsync(revised.ToAsyncEnumerable(), model, options.Content, batchSize: 7);

        PackedAssert.Close(model.Content.Featurize(revised[3]), view.Features[3]);
        Assert.NotEqual(PackedAssert.Entries(trained[model.PaperIndex(papers[3].Id)].Text), PackedAssert.Entries(view.Features[3].Text));
        Assert.True(trained[model.PaperIndex(papers[4].Id)].Text.Equals(view.Features[4].Text));
    }

    private static BuiltModel TrainedOnTheFirstTwenty(List<Paper> papers, RecommenderOptions options)
    {
        var ratings = new[] { 0, 1, 13 }.Select(i => TopicCatalogue.Thumb(UserRef.Terminal("ada"), papers[i], Thumb.Up)).ToList();
        return ModelBuilder.Build(papers.Take(20).ToList(), ratings, options, TopicCatalogue.Now, "test");
    }

    /// <summary>Packs the built model's features and gives them to it, as a training in this process does.</summary>
    private static FeatureArena KeepTrainedFeatures(BuiltModel built)
    {
        var trained = new FeatureArena(built.Model.Content.TextFeatureCount, built.Model.Content.MetaFeatureCount);
        foreach (var paper in built.Features)
            trained.Add(paper);
        trained.Pack(CancellationToken.None);
        built.Model.FeaturesFrom(() => new TrainedFeatures(trained, built.ContentHashes));
        return trained;
    }

    [Fact]
    public async Task A_view_rebuilt_after_new_papers_shares_the_unchanged_ones_with_the_view_it_replaces_and_featurizes_the_rest()
    {
        var papers = TopicCatalogue.Create();
        var options = new RecommenderOptions();
        var model = TrainedOnTheFirstTwenty(papers, options).Model;
        var before = await CatalogueView.CreateAsync(papers.Take(25).ToAsyncEnumerable(), model, options.Content, batchSize: 7);
        // A feed run: one paper revised, five new.
        var after = papers.Select((p, i) => i == 3 ? p with { Abstract = papers[30].Abstract } : p).ToList();

        var rebuilt = await CatalogueView.CreateAsync(after.ToAsyncEnumerable(), model, options.Content, batchSize: 7, previous: before);
        var fresh = await CatalogueView.CreateAsync(after.ToAsyncEnumerable(), model, options.Content, batchSize: 7);

        Assert.Equal(after.Count, rebuilt.Count);
        for (var i = 0; i < after.Count; i++)
        {
            Assert.Equal(PackedAssert.Entries(fresh.Features[i].Text), PackedAssert.Entries(rebuilt.Features[i].Text));
            Assert.Equal(PackedAssert.Entries(fresh.Features[i].Meta), PackedAssert.Entries(rebuilt.Features[i].Meta));
            Assert.Equal(fresh.Embedding(i).ToArray(), rebuilt.Embedding(i).ToArray());
            Assert.Equal(fresh.Bias(i), rebuilt.Bias(i));
            // The same entries, not a copy of them, for every paper the old view had unchanged.
            Assert.True((i < 25 && i != 3) == (i < 25 && before.Features[i].Text.Equals(rebuilt.Features[i].Text)), $"paper {i}");
        }
        Assert.NotEqual(PackedAssert.Entries(before.Features[3].Text), PackedAssert.Entries(rebuilt.Features[3].Text));
    }
}
