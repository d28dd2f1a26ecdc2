using PaperBot.Core.Papers;
using PaperBot.TestKit;

namespace PaperBot.Search.Tests.Querying;

public sealed class QueryLanguageTests : IAsyncLifetime
{
    private static readonly Paper LeCun = PaperBuilder.Paper("Energy-based self-supervised learning",
        "We learn representations by predicting embeddings.", authors: ["Yann LeCun", "Randall Balestriero"], published: new DateOnly(2023, 5, 1));
    private static readonly Paper NotQuiteLeCun = PaperBuilder.Paper("Saddle points in deep networks",
        "Optimisation of deep networks is hard.", authors: ["Yann Dauphin", "Ada LeCun"], published: new DateOnly(2014, 6, 1));
    private static readonly Paper Schmidhuber = PaperBuilder.Paper("Long short-term memory",
        "Recurrent networks learn to store information over long intervals.", authors: ["Sepp Hochreiter", "Jürgen Schmidhuber"], published: new DateOnly(1997, 11, 15));
    private static readonly Paper Rlhf = PaperBuilder.Paper("Training language models to follow instructions",
        "We fine-tune with reinforcement learning from human feedback.", published: new DateOnly(2022, 3, 4));
    private static readonly Paper LearningWords = PaperBuilder.Paper("Human learning of reinforcement schedules",
        "Feedback from learning experiments in humans; reinforcement is studied.", published: new DateOnly(2021, 1, 1));
    private static readonly Paper Undated = PaperBuilder.Paper("Undated notes on reinforcement learning", "No date is known.");

    private readonly TempFolder folder = new();
    private LucenePaperIndex index = null!;

    public async Task InitializeAsync() =>
        index = await TestIndex.WithAsync(folder.Path, LeCun, NotQuiteLeCun, Schmidhuber, Rlhf, LearningWords, Undated);

    public async Task DisposeAsync()
    {
        await index.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_quoted_phrase_needs_its_words_together_and_in_order()
    {
        var hits = await SearchAsync("\"reinforcement learning from human feedback\"");

        Assert.Equal([Rlhf.Id], hits);
    }

    [Fact]
    public async Task Author_filter_matches_a_name_part()
    {
        Assert.Equal(new[] { LeCun.Id, NotQuiteLeCun.Id }.OrderBy(id => id.Value), (await SearchAsync("author:lecun")).OrderBy(id => id.Value));
    }

    [Fact]
    public async Task Author_filter_with_a_quoted_name_does_not_span_two_authors()
    {
        Assert.Equal([LeCun.Id], await SearchAsync("author:\"Yann LeCun\""));
    }

    [Fact]
    public async Task Author_filter_ignores_accents_and_case()
    {
        Assert.Equal([Schmidhuber.Id], await SearchAsync("author:JURGEN"));
    }

    [Fact]
    public async Task Author_filter_narrows_words()
    {
        Assert.Equal([NotQuiteLeCun.Id], await SearchAsync("deep networks author:dauphin"));
    }

    [Theory]
    [InlineData("reinforcement year:2022", new[] { "Training language models to follow instructions" })]
    [InlineData("reinforcement year:2021..2022", new[] { "Human learning of reinforcement schedules", "Training language models to follow instructions" })]
    [InlineData("reinforcement year:..2021", new[] { "Human learning of reinforcement schedules" })]
    [InlineData("year:1990..2000", new[] { "Long short-term memory" })]
    public async Task Year_filters_keep_papers_from_those_years_and_never_undated_ones(string query, string[] titles)
    {
        var hits = await index.SearchAsync(query, 10);

        Assert.Equal(titles.Order(), hits.Select(h => h.Title).Order());
    }

    [Fact]
    public async Task Words_match_any_field_but_papers_with_all_words_rank_first()
    {
        var hits = await SearchAsync("reinforcement learning from human feedback");

        // Both have all four words; the undated paper has two.
        Assert.Equal(new[] { Rlhf.Id, LearningWords.Id }.OrderBy(id => id.Value), hits.Take(2).OrderBy(id => id.Value));
        Assert.Contains(Undated.Id, hits);
    }

    [Fact]
    public async Task Words_close_together_rank_above_the_same_words_scattered()
    {
        await using var own = await TestIndex.WithAsync(Path.Combine(folder.Path, "own"),
            PaperBuilder.Paper("Scattered", "Graph theory meets a neural model, and networks of roads follow."),
            PaperBuilder.Paper("Together", "Graph neural networks meet a model of theory, and roads follow."));

        var hits = await own.SearchAsync("graph neural networks", 2);

        Assert.Equal(["Together", "Scattered"], hits.Select(h => h.Title));
    }

    [Fact]
    public async Task A_word_in_the_title_outranks_the_same_word_in_an_abstract()
    {
        var hits = await SearchAsync("memory");
        Assert.Equal([Schmidhuber.Id], hits);

        var store = await SearchAsync("networks");
        Assert.Equal(NotQuiteLeCun.Id, store[0]);
    }

    [Fact]
    public async Task Words_are_stemmed()
    {
        Assert.Contains(Schmidhuber.Id, await SearchAsync("storing"));
    }

    [Fact]
    public async Task Author_names_are_found_as_plain_words_too()
    {
        Assert.Equal([Schmidhuber.Id], await SearchAsync("hochreiter"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the of and")]
    [InlineData("year:abc")]
    [InlineData("author:")]
    [InlineData("\"\"")]
    public async Task A_query_with_nothing_to_search_for_finds_nothing(string query)
    {
        Assert.Empty(await index.SearchAsync(query, 5));
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("author:\"Yann")]
    [InlineData("(((deep AND")]
    [InlineData("title:[* TO") ]
    [InlineData("networks~ ^2 \\ / * ? + - ! {}")]
    [InlineData("year:2021..abc networks")]
    [InlineData("AND OR NOT")]
    [InlineData("author:: year:: \"\" \" : ..")]
    public async Task Odd_syntax_never_throws(string query)
    {
        var hits = await index.SearchAsync(query, 5);

        Assert.True(hits.Count <= 5);
    }

    [Fact]
    public async Task A_pasted_abstract_is_searched_without_error()
    {
        var pasted = "reinforcement " + string.Join(' ', Enumerable.Range(0, 1500).Select(i => $"word{i}"));

        Assert.NotEmpty(await index.SearchAsync(pasted, 5));
    }

    [Fact]
    public async Task Snippets_mark_the_matched_words_in_the_abstract()
    {
        var hit = Assert.Single(await index.SearchAsync("\"human feedback\"", 5));

        Assert.Equal("We fine-tune with reinforcement learning from **human** **feedback**.", hit.Snippet);
    }

    [Fact]
    public async Task A_title_only_match_shows_the_start_of_the_abstract()
    {
        var hit = Assert.Single(await index.SearchAsync("saddle", 5));

        Assert.Equal("Optimisation of deep networks is hard.", hit.Snippet);
    }

    [Fact]
    public async Task Top_limits_the_hits()
    {
        Assert.Equal(2, (await index.SearchAsync("learning", 2)).Count);
        Assert.Empty(await index.SearchAsync("learning", 0));
    }

    private async Task<List<PaperId>> SearchAsync(string query) =>
        (await index.SearchAsync(query, 10)).Select(h => h.Id).ToList();
}
