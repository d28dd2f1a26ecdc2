using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Core.Users;
using PaperBot.TestKit;

namespace PaperBot.Core.Tests.Ratings;

public sealed class RatingImporterTests
{
    private readonly InMemoryPaperStore papers = new();
    private readonly InMemoryRatingStore ratings = new();
    private readonly Paper commas = PaperBuilder.Paper("Sparse, Fast, and \"Right\": Attention Revisited", arxivId: "2401.00001");
    private readonly Paper plain = PaperBuilder.Paper("Spiking Neural Networks");
    private readonly RatingImporter importer;

    public RatingImporterTests()
    {
        papers.SaveAsync([commas, plain]).GetAwaiter().GetResult();
        importer = new RatingImporter(new PaperLookup(papers), ratings, TestMetrics.Create(), TimeProvider.System);
    }

    private Task<RatingImport> ImportAsync(string csv) => importer.ImportAsync(new StringReader(csv), UserRef.Terminal);

    [Fact]
    public async Task Rows_by_exact_title_are_stored_even_with_quoted_commas_and_quotes()
    {
        var result = await ImportAsync("user,title,thumb\nalice,\"Sparse, Fast, and \"\"Right\"\": Attention Revisited\",up\nalice,Spiking Neural Networks,down\n");
        Assert.Equal(2, result.Stored);
        Assert.Empty(result.Problems);
        var thumbs = (await ratings.ForUserAsync(UserRef.Terminal("alice"))).ToDictionary(r => r.Paper, r => r.Thumb);
        Assert.Equal(Thumb.Up, thumbs[commas.Id]);
        Assert.Equal(Thumb.Down, thumbs[plain.Id]);
    }

    [Fact]
    public async Task Rows_by_id_accept_versioned_arxiv_ids()
    {
        var result = await ImportAsync($"user,paper,thumb\r\nbob,2401.00001v3,up\r\nbob,{plain.Id},down\r\n");
        Assert.Equal(2, result.Stored);
        Assert.Equal(2, (await ratings.ForUserAsync(UserRef.Terminal("bob"))).Count);
    }

    [Fact]
    public async Task Bad_rows_are_reported_with_their_line_and_the_rest_is_stored()
    {
        var result = await ImportAsync("""
            user,title,thumb
            carol,Spiking Neural Networks,meh
            carol,No Such Paper,up
            carol,Spiking Neural Networks
            ,Spiking Neural Networks,up
            carol,Spiking Neural Networks,up
            """);
        Assert.Equal(1, result.Stored);
        Assert.Equal(
            ["line 2: thumb must be up or down, not 'meh'", "line 4: expected 3 fields, found 2", "line 5: the user is empty", "line 3: no paper titled 'No Such Paper' in the catalogue"],
            result.Problems);
    }

    [Fact]
    public async Task The_last_row_for_a_user_and_paper_wins()
    {
        await ImportAsync("user,paper,thumb\ndan,2401.00001,up\ndan,2401.00001,down\n");
        Assert.Equal(Thumb.Down, Assert.Single(await ratings.ForUserAsync(UserRef.Terminal("dan"))).Thumb);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("name,paper,vote\nx,y,up\n", "the header must be")]
    public async Task A_file_without_the_header_stores_nothing(string csv, string expected)
    {
        var result = await ImportAsync(csv);
        Assert.Equal(0, result.Stored);
        Assert.Contains(expected, Assert.Single(result.Problems), StringComparison.Ordinal);
        Assert.Equal(0, await ratings.CountAsync());
    }
}
