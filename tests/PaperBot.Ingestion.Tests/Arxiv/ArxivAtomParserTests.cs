using PaperBot.Core.Papers;
using PaperBot.Ingestion.Arxiv;

namespace PaperBot.Ingestion.Tests.Arxiv;

public sealed class ArxivAtomParserTests
{
    private readonly ArxivAtomParser parser = new();

    [Fact]
    public void A_recorded_feed_is_read_with_folded_text_and_every_field()
    {
        var source = TestData.Source("arxiv/query-optimizers.atom");

        var result = parser.Parse(source);

        Assert.True(parser.Recognizes(source.Text));
        Assert.Empty(result.Problems);
        Assert.Equal(["2208.06677", "hep-th/9901001", "2305.12345"], result.Papers.Select(p => p.Id.Value));
        var paper = result.Papers[2];
        Assert.Equal("Sharpness-Aware Training with Stale Gradients for Communication-Efficient Federated Learning", paper.Title);
        Assert.StartsWith("Sharpness-aware minimisation improves generalisation but doubles the cost of every step. We show", paper.Abstract, StringComparison.Ordinal);
        Assert.EndsWith("Experiments on CIFAR-100 and FEMNIST confirm the analysis.", paper.Abstract, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', paper.Abstract);
        Assert.Equal(["Mina Park", "Tomas Novak", "Li Wei"], paper.Authors);
        Assert.Equal(["cs.LG", "cs.DC", "stat.ML"], paper.Categories);
        Assert.Equal(new DateOnly(2023, 5, 21), paper.Published);
        Assert.Equal(PaperLinks.ForArxiv("2305.12345"), paper.Links);
        Assert.Equal([ArxivAtomParser.Source], paper.Sources);
    }

    [Fact]
    public void Versions_of_one_paper_become_one_with_the_latest_text_the_first_date_and_all_categories()
    {
        var adan = parser.Parse(TestData.Source("arxiv/query-optimizers.atom")).Papers[0];

        Assert.Equal("Adan: Adaptive Nesterov Momentum Algorithm for Faster Optimizing Deep Models", adan.Title);
        Assert.EndsWith("avoids the extra overhead of computing gradient at the extrapolation point.", adan.Abstract, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2022, 8, 13), adan.Published);
        Assert.Equal(["cs.LG", "math.OC"], adan.Categories);
        Assert.Equal(5, adan.Authors.Count);
    }

    [Fact]
    public void An_old_style_id_is_kept_with_its_archive()
    {
        var paper = parser.Parse(TestData.Source("arxiv/query-optimizers.atom")).Papers[1];

        Assert.Equal(PaperId.FromArxiv("hep-th/9901001"), paper.Id);
        Assert.Equal(["J. Doe", "R. Roe"], paper.Authors);
        Assert.Equal(["hep-th"], paper.Categories);
        Assert.Equal("https://arxiv.org/abs/hep-th/9901001", paper.Links.Abstract);
    }

    [Fact]
    public void The_api_error_entry_is_a_problem_with_its_line()
    {
        var result = parser.Parse(TestData.Source("arxiv/error.atom"));

        Assert.Empty(result.Papers);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(10, problem.Line);
        Assert.Contains("incorrect id format for 1234.123", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_feed_fails_with_a_reason_instead_of_throwing()
    {
        var full = TestData.Source("arxiv/query-optimizers.atom");
        var cut = full with { Text = full.Text[..(full.Text.Length / 2)] };

        var result = parser.Parse(cut);

        Assert.True(parser.Recognizes(cut.Text));
        Assert.Empty(result.Papers);
        var problem = Assert.Single(result.Problems);
        Assert.Contains("truncated or malformed XML", problem.Reason, StringComparison.Ordinal);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void The_shortest_cut_feed_is_recognised_and_refused()
    {
        const string text = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>Half";

        Assert.True(parser.Recognizes(text));
        Assert.Single(parser.Parse(new SourceText("cut.atom", text)).Problems);
    }

    [Fact]
    public void An_entry_without_a_summary_is_reported_and_the_others_kept()
    {
        const string text = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry><id>http://arxiv.org/abs/2401.00001v1</id><title>Kept</title><summary>An abstract.</summary></entry>
              <entry><id>http://arxiv.org/abs/2401.00002v1</id><title>No summary</title></entry>
            </feed>
            """;

        var result = parser.Parse(new SourceText("feed.atom", text));

        Assert.Equal("Kept", Assert.Single(result.Papers).Title);
        Assert.Equal(3, Assert.Single(result.Problems).Line);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel></channel></rss>")]
    [InlineData("<feed><entry/></feed>")]
    [InlineData("[{\"paper\": {}}]")]
    public void Other_text_is_not_an_atom_feed(string text) => Assert.False(parser.Recognizes(text));

    [Fact]
    public void A_document_type_declaration_is_refused()
    {
        const string text = "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x \"boom\">]><feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>";

        Assert.Single(parser.Parse(new SourceText("dtd.atom", text)).Problems);
    }
}
