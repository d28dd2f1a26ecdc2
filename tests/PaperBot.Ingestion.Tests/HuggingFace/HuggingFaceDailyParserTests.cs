using PaperBot.Core.Papers;
using PaperBot.Ingestion.HuggingFace;

namespace PaperBot.Ingestion.Tests.HuggingFace;

public sealed class HuggingFaceDailyParserTests
{
    private readonly HuggingFaceDailyParser parser = new();

    [Fact]
    public void A_recorded_daily_list_is_read_with_arxiv_ids_links_and_upvotes()
    {
        var source = TestData.Source("huggingface/daily_papers.json");

        var result = parser.Parse(source);

        Assert.True(parser.Recognizes(source.Text));
        Assert.Equal(["2405.14017", "2403.09611"], result.Papers.Select(p => p.Id.Value));
        var paper = result.Papers[1];
        Assert.Equal("Sparse Mixture-of-Experts Routing Without Auxiliary Losses", paper.Title);
        Assert.Equal("Mixture-of-experts layers need an auxiliary balancing loss to keep experts busy. We show that a routing rule based on a running estimate of expert load makes the loss unnecessary, and that models trained this way match dense models of twice their compute.", paper.Abstract);
        Assert.Equal(["Lena Okafor", "Rafael Costa"], paper.Authors);
        Assert.Equal(87, paper.Upvotes);
        Assert.Equal(new DateOnly(2024, 3, 14), paper.Published);
        Assert.Equal("https://huggingface.co/papers/2403.09611", paper.Links.HuggingFace);
        Assert.Equal("https://arxiv.org/abs/2403.09611", paper.Links.Abstract);
        Assert.Equal([HuggingFaceDailyParser.Source], paper.Sources);
        Assert.Empty(paper.Categories);
    }

    [Fact]
    public void An_item_without_an_arxiv_id_is_a_problem_naming_the_item()
    {
        var problem = Assert.Single(parser.Parse(TestData.Source("huggingface/daily_papers.json")).Problems);

        Assert.Contains("item 3", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_json_fails_with_a_reason_and_a_line()
    {
        var full = TestData.Source("huggingface/daily_papers.json");
        var cut = full with { Text = full.Text[..(full.Text.Length / 3)] };

        var result = parser.Parse(cut);

        Assert.True(parser.Recognizes(cut.Text));
        Assert.Empty(result.Papers);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("truncated or malformed", problem.Reason, StringComparison.Ordinal);
        Assert.True(problem.Line > 1);
    }

    [Fact]
    public void A_json_object_instead_of_the_array_is_refused()
    {
        Assert.False(parser.Recognizes("{\"error\": \"Invalid date\"}"));
        Assert.Single(parser.Parse(new SourceText("x.json", "{\"paper\": {}}")).Problems);
    }

    [Fact]
    public void The_title_falls_back_to_the_item_when_the_paper_has_none()
    {
        const string text = """[{"paper": {"id": "2401.00001", "summary": "S.", "authors": []}, "title": "Item title", "publishedAt": "2024-01-02T03:04:05Z"}]""";

        var paper = Assert.Single(parser.Parse(new SourceText("x.json", text)).Papers);

        Assert.Equal("Item title", paper.Title);
        Assert.Equal(new DateOnly(2024, 1, 2), paper.Published);
        Assert.Null(paper.Upvotes);
        Assert.Equal(PaperId.FromArxiv("2401.00001"), paper.Id);
    }
}
