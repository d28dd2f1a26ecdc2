using System.Text.RegularExpressions;

namespace PaperBot.Search.Tests.Relevance;

/// <summary>Searches a person would type, on the real seed catalogue (330 papers). The topics and how many on-topic
/// papers the catalogue has for each were checked against the seed pages.</summary>
public sealed class SeedCatalogueRelevanceTests(SeedCatalogueIndex catalogue) : IClassFixture<SeedCatalogueIndex>
{
    [Theory]
    [InlineData("spiking neural networks", @"\bspik|\bSNNs?\b", 5)]
    [InlineData("contrastive learning", @"\bcontrastive", 5)]
    [InlineData("diffusion models", @"\bdiffusion model", 4)]
    [InlineData("graph neural networks", @"\bgraph neural network|\bGNNs?\b", 5)]
    [InlineData("large language model reasoning", @"\blarge language model|\bLLMs?\b", 5)]
    [InlineData("reinforcement learning from human feedback", @"\bhuman feedback|\bRLHF\b", 3)]
    [InlineData("neuromorphic computing", @"\bneuromorphic", 4)]
    [InlineData("adversarial robustness", @"\badversarial", 5)]
    public async Task Topical_searches_put_on_topic_papers_in_the_top_five(string query, string topic, int atLeast)
    {
        var hits = await catalogue.Index.SearchAsync(query, 5);

        var onTopic = hits.Select(h => catalogue.Papers[h.Id]).Where(p => IsAbout(p.Title + "\n" + p.Abstract, topic)).ToList();
        Assert.True(onTopic.Count >= atLeast,
            $"{onTopic.Count} of the top 5 for “{query}” are on topic:\n" + string.Join('\n', hits.Select(h => h.Title)));
        Assert.True(IsAbout(hits[0].Title + "\n" + catalogue.Papers[hits[0].Id].Abstract, topic), $"first hit: {hits[0].Title}");
    }

    [Fact]
    public async Task The_paper_named_by_a_query_comes_first()
    {
        var hits = await catalogue.Index.SearchAsync("minimaximalist reinforcement learning human feedback", 3);

        Assert.Equal("A Minimaximalist Approach to Reinforcement Learning from Human Feedback", hits[0].Title);
    }

    [Fact]
    public async Task Author_and_year_filters_work_on_the_profile_page()
    {
        var hits = await catalogue.Index.SearchAsync("contrastive author:\"Yisen Wang\" year:2022", 10);

        Assert.Contains(hits, h => h.Title.StartsWith("Chaos is a Ladder", StringComparison.Ordinal));
        Assert.All(hits, h => Assert.Equal(2022, catalogue.Papers[h.Id].Published?.Year));
        Assert.All(hits, h => Assert.Contains("Yisen Wang", catalogue.Papers[h.Id].Authors));
    }

    [Fact]
    public async Task Snippets_on_real_abstracts_are_short_and_mark_the_words()
    {
        var hits = await catalogue.Index.SearchAsync("spiking neural networks", 5);

        Assert.All(hits, h =>
        {
            Assert.Matches(@"\*\*(spik\w*|neural|networks?)\*\*", h.Snippet.ToLowerInvariant());
            Assert.InRange(h.Snippet.Replace("**", "", StringComparison.Ordinal).Length, 40, 210);
        });
    }

    private static bool IsAbout(string text, string topic) => Regex.IsMatch(text, topic, RegexOptions.IgnoreCase);
}
