using PaperBot.Ingestion.Feeds;

namespace PaperBot.Ingestion.Tests.Feeds;

public sealed class ArxivQueryTests
{
    private static readonly Uri Endpoint = new("https://export.arxiv.org/api/query");

    [Fact]
    public void A_category_query_asks_for_the_newest_submissions_first()
    {
        var url = ArxivQuery.ForCategory(Endpoint, "cs.LG", 100);

        Assert.Equal("https://export.arxiv.org/api/query?search_query=cat%3Acs.LG&sortBy=submittedDate&sortOrder=descending&start=0&max_results=100", url.AbsoluteUri);
    }

    [Fact]
    public void A_query_already_in_the_endpoint_is_kept()
    {
        var url = ArxivQuery.ForCategory(new Uri("http://127.0.0.1:8080/api/query?key=x"), "hep-th", 5);

        Assert.Equal("http://127.0.0.1:8080/api/query?key=x&search_query=cat%3Ahep-th&sortBy=submittedDate&sortOrder=descending&start=0&max_results=5", url.AbsoluteUri);
    }

    [Theory]
    [InlineData("cs.LG", true)]
    [InlineData("stat.ML", true)]
    [InlineData("hep-th", true)]
    [InlineData("astro-ph.CO", true)]
    [InlineData("cond-mat.stat-mech", true)]
    [InlineData("q-bio.NC", true)]
    [InlineData("", false)]
    [InlineData("cs LG", false)]
    [InlineData("CS.LG", false)]
    [InlineData("cs.", false)]
    [InlineData("cat:cs.LG", false)]
    [InlineData("cs.LG&max_results=30000", false)]
    [InlineData("cs.LG OR cat:math.OC", false)]
    public void Category_codes_are_recognised(string code, bool valid) => Assert.Equal(valid, ArxivQuery.IsCategory(code));

    [Fact]
    public void A_query_that_is_not_a_category_or_asks_too_much_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ArxivQuery.ForCategory(Endpoint, "cs.LG&start=5", 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => ArxivQuery.ForCategory(Endpoint, "cs.LG", 2001));
        Assert.Throws<ArgumentOutOfRangeException>(() => ArxivQuery.ForCategory(Endpoint, "cs.LG", 0));
    }
}
