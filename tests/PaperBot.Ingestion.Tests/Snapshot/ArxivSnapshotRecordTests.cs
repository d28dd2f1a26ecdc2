using PaperBot.Core.Papers;
using PaperBot.Ingestion.Snapshot;

namespace PaperBot.Ingestion.Tests.Snapshot;

public sealed class ArxivSnapshotRecordTests
{
    [Fact]
    public void A_record_becomes_a_paper_with_folded_text_parsed_authors_categories_and_its_first_date()
    {
        Assert.True(ArxivSnapshotRecord.TryRead(SnapshotLines.GraphPaper, out var paper, out _));

        Assert.Equal(new PaperId("2401.00001"), paper.Id);
        Assert.Equal("A first test paper on graph neural networks", paper.Title);
        Assert.Equal("The abstract of 2401.00001. It spans lines.", paper.Abstract);
        Assert.Equal(["Ada Lovelace", "Alan Turing"], paper.Authors);
        Assert.Equal(["cs.LG", "stat.ML"], paper.Categories);
        Assert.Equal(new DateOnly(2024, 1, 1), paper.Published);
        Assert.Equal(PaperLinks.ForArxiv("2401.00001"), paper.Links);
        Assert.Equal(["arxiv-snapshot"], paper.Sources);
    }

    [Fact]
    public void An_old_style_id_with_two_versions_is_dated_by_the_first_and_its_authors_string_is_split()
    {
        Assert.True(ArxivSnapshotRecord.TryRead(SnapshotLines.OldStylePaper, out var paper, out _));

        Assert.Equal(new PaperId("math/0102001"), paper.Id);
        Assert.Equal(new DateOnly(2001, 2, 1), paper.Published);
        Assert.Equal(["Emmy Noether", "Olga Taussky", "David Hilbert"], paper.Authors);
        Assert.Equal("https://arxiv.org/abs/math/0102001", paper.Links.Abstract);
    }

    [Theory]
    [InlineData("{not json", "not a JSON object")]
    [InlineData("""{"id":"2401.00001","title":"Cut""", "not a JSON object")]
    [InlineData("[1, 2]", "not a JSON object but a JSON array")]
    [InlineData("""{"title":"No id"}""", "record without an \"id\"")]
    [InlineData("""{"id":"nonsense","title":"Bad id"}""", "'nonsense' is not an arXiv id")]
    [InlineData("""{"id":"2401.00001","title":"  \n ","abstract":"x"}""", "record 2401.00001 has no title")]
    public void A_malformed_line_is_refused_with_a_reason(string line, string reason)
    {
        Assert.False(ArxivSnapshotRecord.TryRead(line, out _, out var why));

        Assert.Contains(reason, why, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parser_recognises_a_snapshot_by_its_first_non_blank_line_and_not_other_json()
    {
        var parser = new ArxivSnapshotParser();

        Assert.True(parser.Recognizes("\n  \n" + SnapshotLines.Sample));
        Assert.False(parser.Recognizes(File.ReadAllText(TestData.PathOf("huggingface/daily_papers.json"))));
        Assert.False(parser.Recognizes("""{"name":"not a paper"}"""));
        Assert.False(parser.Recognizes(File.ReadAllText(TestData.PathOf("arxiv/query-optimizers.atom"))));
    }

    [Fact]
    public void The_parser_reads_a_snapshot_text_and_reports_the_malformed_line_by_number()
    {
        var result = new ArxivSnapshotParser().Parse(new SourceText("snap.jsonl", SnapshotLines.Sample));

        Assert.Equal(["2401.00001", "2401.00002", "math/0102001"], result.Papers.Select(p => p.Id.Value));
        Assert.StartsWith("snap.jsonl:3: not a JSON object", Assert.Single(result.Problems).ToString(), StringComparison.Ordinal);
    }
}
