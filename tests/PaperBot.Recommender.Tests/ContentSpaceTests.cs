using PaperBot.Recommender.Content;
using PaperBot.TestKit;

namespace PaperBot.Recommender.Tests;

public sealed class ContentSpaceTests
{
    [Fact]
    public void Papers_become_unit_length_tfidf_with_words_phrases_and_authors()
    {
        var papers = TopicCatalogue.Create();
        var space = ContentSpaceBuilder.BuildAndFeaturize(papers, new ContentOptions()).Space;
        var features = space.Featurize(papers[0]);

        Assert.Equal(1.0, Math.Sqrt(features.Text.Values.Sum(v => v * v)), 3);
        var names = features.Text.Indices.Select(space.FeatureName).ToList();
        Assert.Contains(names, n => n.Contains(' ', StringComparison.Ordinal) && !n.StartsWith("author", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("author", StringComparison.Ordinal));
        Assert.True(features.Terms.Count <= new ContentOptions().TermsPerPaper);
        Assert.True(features.Meta.Count > 0);
    }

    [Fact]
    public void A_listing_shared_by_enough_papers_is_metadata_and_a_rare_one_is_not()
    {
        // 47 papers in one listing, one alone in another (fewer than the 5 papers a key needs).
        var papers = TopicCatalogue.Create().Select((p, i) => p with { Sources = [i == 0 ? "Lonely.html" : "Weekly.html"] }).ToList();
        var space = ContentSpaceBuilder.BuildAndFeaturize(papers, new ContentOptions()).Space;

        var keys = space.Featurize(papers[1]).Meta.Indices.Select(space.MetaKey).ToList();
        Assert.Contains("s:weekly.html", keys);
        Assert.Equal(-1, space.MetaIndex(ContentSpace.MetaKeyOfSource("Lonely.html")));
    }

    [Fact]
    public void Words_in_more_than_half_the_papers_and_stop_words_are_not_features()
    {
        var papers = TopicCatalogue.Create();
        var space = ContentSpaceBuilder.BuildAndFeaturize(papers, new ContentOptions()).Space;
        var names = Enumerable.Range(0, space.TextFeatureCount).Select(space.FeatureName).ToHashSet();

        Assert.DoesNotContain("evaluate", names);
        Assert.DoesNotContain("we", names);
        Assert.Contains("diffusion", names);
    }

    [Fact]
    public void A_saved_vocabulary_featurizes_exactly_as_the_original()
    {
        var papers = TopicCatalogue.Create();
        var space = ContentSpaceBuilder.BuildAndFeaturize(papers, new ContentOptions()).Space;
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            space.WriteTo(writer);
        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var loaded = ContentSpace.ReadFrom(reader);

        var fresh = PaperBuilder.Paper("A diffusion sampler for protein docking", "Denoising latent score noise in binding residue structure.");
        Assert.Equal(space.Featurize(fresh).Text.Indices, loaded.Featurize(fresh).Text.Indices);
        Assert.Equal(space.Featurize(fresh).Text.Values, loaded.Featurize(fresh).Text.Values);
        Assert.NotEqual(0, space.Featurize(fresh).Text.Count);
    }

    [Fact]
    public void Featurizing_while_learning_the_vocabulary_gives_the_same_vectors_as_featurizing_afterwards()
    {
        var papers = TopicCatalogue.Create();
        var (space, features) = ContentSpaceBuilder.BuildAndFeaturize(papers, new ContentOptions());

        for (var i = 0; i < papers.Count; i++)
        {
            var again = space.Featurize(papers[i]);
            Assert.Equal(again.Text.Indices, features[i].Text.Indices);
            Assert.Equal(again.Text.Values, features[i].Text.Values);
            Assert.Equal(again.Meta.Indices, features[i].Meta.Indices);
        }
    }
}
