using PaperBot.Core.Papers;
using PaperBot.TestKit;

namespace PaperBot.Search.Tests.Querying;

/// <summary>With a common word ("model") and a rarer one ("diffusion"), the index picks candidates by the rarer word
/// and scores them with all words; when that finds too few, it searches with all words.</summary>
public sealed class CommonWordTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private LucenePaperIndex index = null!;

    public async Task InitializeAsync()
    {
        var generic = Enumerable.Range(0, 20).Select(i => PaperBuilder.Paper($"Generic study {i}", $"A model of topic {i}; the model is simple."));
        Paper[] diffusion =
        [
            PaperBuilder.Paper("Diffusion without the common word", "Denoising diffusion for images."),
            PaperBuilder.Paper("Score-based diffusion model", "A diffusion model trained on scores."),
        ];
        index = await TestIndex.WithAsync(folder.Path, [.. generic, .. diffusion]);
    }

    public async Task DisposeAsync()
    {
        await index.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Papers_with_the_rarer_word_and_all_words_rank_first()
    {
        var hits = await index.SearchAsync("diffusion model", 2);

        Assert.Equal(["Score-based diffusion model", "Diffusion without the common word"], hits.Select(h => h.Title));
    }

    [Fact]
    public async Task Too_few_papers_with_the_rarer_word_still_fill_the_list_with_the_common_one()
    {
        var hits = await index.SearchAsync("diffusion model", 5);

        Assert.Equal(5, hits.Count);
        Assert.Equal("Score-based diffusion model", hits[0].Title);
        Assert.All(hits.Skip(2), h => Assert.StartsWith("Generic study", h.Title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_word_no_paper_has_does_not_stop_the_others_from_matching()
    {
        var hits = await index.SearchAsync("diffusion qwxzzy", 5);

        Assert.Equal(2, hits.Count);
    }
}
