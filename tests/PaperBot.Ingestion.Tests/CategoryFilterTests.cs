namespace PaperBot.Ingestion.Tests;

public sealed class CategoryFilterTests
{
    [Theory]
    [InlineData("cs.LG stat.ML", true)]
    [InlineData("cs.DM math.CO", true)]
    [InlineData("physics.chem-ph", false)]
    [InlineData("stat.ML", true)]
    [InlineData("stat.ME", false)]
    [InlineData("CS.lg", true)]
    [InlineData("", false)]
    public void Exact_names_and_star_prefixes_match_any_category_of_a_paper(string categories, bool kept)
    {
        Assert.True(CategoryFilter.TryParse(" cs.* , stat.ML", out var filter, out _));

        Assert.Equal(kept, filter.Matches(categories.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void No_patterns_keep_everything()
    {
        Assert.True(CategoryFilter.TryParse(null, out var filter, out _));

        Assert.True(filter.KeepsAll);
        Assert.True(filter.Matches([]));
    }

    [Theory]
    [InlineData("", "names no category")]
    [InlineData(" , ", "names no category")]
    [InlineData("c*s", "'c*s' is not a category pattern")]
    [InlineData("cs.*,*", "'*' is not a category pattern")]
    [InlineData("cs.LG;stat.ML", "'cs.LG;stat.ML' is not a category pattern")]
    public void Invalid_patterns_are_refused_with_a_reason(string text, string reason)
    {
        Assert.False(CategoryFilter.TryParse(text, out _, out var error));

        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
