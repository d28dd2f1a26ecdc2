using PaperBot.Search.Querying;

namespace PaperBot.Search.Tests.Querying;

public sealed class UserQueryParserTests
{
    [Fact]
    public void Reads_words_phrases_authors_and_years()
    {
        var query = UserQueryParser.Parse("diffusion \"text to image\" author:ho AUTHOR:\"Jonathan Ho\" year:2021..2023 sampling");

        Assert.Equal(["diffusion", "sampling"], query.Words);
        Assert.Equal(["text to image"], query.Phrases);
        Assert.Equal(["ho", "Jonathan Ho"], query.Authors);
        Assert.Equal([new YearRange(2021, 2023)], query.Years);
    }

    [Theory]
    [InlineData("2023", 2023, 2023)]
    [InlineData("2021..2023", 2021, 2023)]
    [InlineData("2021-2023", 2021, 2023)]
    [InlineData("2023..2021", 2021, 2023)]
    [InlineData("2021..", 2021, null)]
    [InlineData("..2023", null, 2023)]
    public void Reads_years_and_ranges(string text, int? from, int? to)
    {
        Assert.True(UserQueryParser.TryParseYears(text, out var range));
        Assert.Equal(new YearRange(from, to), range);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("20x3..2024")]
    [InlineData("99999")]
    [InlineData("-5")]
    public void Refuses_what_is_not_a_year(string text) => Assert.False(UserQueryParser.TryParseYears(text, out _));

    [Fact]
    public void Drops_a_bad_year_and_a_lone_author_prefix()
    {
        var query = UserQueryParser.Parse("year:abc author: robots author:");

        Assert.Empty(query.Years);
        Assert.Empty(query.Authors);
        Assert.Equal(["robots"], query.Words);
    }

    [Fact]
    public void An_unclosed_quote_makes_a_phrase_of_the_rest()
    {
        var query = UserQueryParser.Parse("robots \"deep reinforcement learning");

        Assert.Equal(["robots"], query.Words);
        Assert.Equal(["deep reinforcement learning"], query.Phrases);
    }

    [Fact]
    public void An_unknown_field_is_read_as_words()
    {
        var query = UserQueryParser.Parse("title:diffusion");

        Assert.Equal(["title diffusion"], query.Words);
    }
}
