using PaperBot.Recommender.Content;
using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Tests;

public sealed class TermPostingsTests
{
    [Theory]
    [InlineData(100_000)]
    [InlineData(50)]
    public void Every_papers_score_is_its_dot_product_with_the_profile(int entriesPerPart)
    {
        var papers = TopicCatalogue.Create();
        var (space, features) = ContentSpaceBuilder.BuildAndFeaturize(papers, new ContentOptions());
        var profile = new float[space.TextFeatureCount + 7];
        // A profile over a few papers' terms, as a person's likes make one; most terms stay zero.
        foreach (var liked in new[] { 0, 3, 17 })
            features[liked].Text.AddTo(profile, 1f / 3);

        var scores = new TermPostings(features, space.TextFeatureCount, entriesPerPart).Score(profile);
        try
        {
            for (var p = 0; p < features.Length; p++)
                Assert.Equal(features[p].Text.Dot(profile), scores[p], 5);
            Assert.Contains(scores.Take(features.Length), s => s == 0);
            Assert.True(scores[3] > 0.3f, $"a liked paper scores {scores[3]}");
        }
        finally
        {
            System.Buffers.ArrayPool<float>.Shared.Return(scores);
        }
    }
}
