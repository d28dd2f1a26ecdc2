using PaperBot.Core.Papers;

namespace PaperBot.Core.Tests.Papers;

public sealed class PaperIdTests
{
    [Theory]
    [InlineData("2305.12345", "2305.12345")]
    [InlineData("2305.12345v3", "2305.12345")]
    [InlineData("arXiv:2305.12345v1", "2305.12345")]
    [InlineData("https://arxiv.org/abs/2305.12345v2", "2305.12345")]
    [InlineData("http://arxiv.org/pdf/2305.12345v2.pdf", "2305.12345")]
    [InlineData("hep-th/9901001v1", "hep-th/9901001")]
    [InlineData("0704.0001", "0704.0001")]
    public void Arxiv_ids_lose_their_version_and_wrapping(string text, string expected)
    {
        Assert.True(PaperId.TryParse(text, out var id));
        Assert.Equal(expected, id.Value);
        Assert.True(id.IsArxiv);
    }

    [Theory]
    [InlineData("")]
    [InlineData("hello world")]
    [InlineData("2305.123")]
    [InlineData("t-xyz")]
    [InlineData("t-12345678901g")]
    public void Anything_else_is_not_an_id(string text) => Assert.False(PaperId.TryParse(text, out _));

    [Fact]
    public void Title_ids_are_deterministic_and_ignore_case_punctuation_and_spacing()
    {
        var a = PaperId.FromTitle("Chaos is a Ladder: A New Theoretical Understanding");
        var b = PaperId.FromTitle("  chaos is a  ladder — a new theoretical understanding ");
        Assert.Equal(a, b);
        Assert.StartsWith(PaperId.TitlePrefix, a.Value, StringComparison.Ordinal);
        Assert.Equal(14, a.Value.Length);
        Assert.False(a.IsArxiv);
        Assert.NotEqual(a, PaperId.FromTitle("Chaos is a Ladder"));
    }

    [Fact]
    public void Title_ids_read_back_as_typed()
    {
        var id = PaperId.FromTitle("Spiking Neural Networks");
        Assert.True(PaperId.TryParse(id.Value.ToUpperInvariant().Replace("T-", "t-", StringComparison.Ordinal), out var read));
        Assert.Equal(id, read);
    }

    [Fact]
    public void Title_keys_fold_accents_and_symbols()
    {
        Assert.Equal("naive bayes meets gpt 4", PaperTitle.Key("Naïve Bayes   meets GPT-4!"));
    }
}
