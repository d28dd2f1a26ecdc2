using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PaperBot.Ingestion.Feeds;

namespace PaperBot.Ingestion.Tests.Feeds;

public sealed class FeedOptionsTests
{
    [Fact]
    public void The_defaults_are_valid_and_read_five_categories_and_hugging_face()
    {
        var options = Bound([]);

        Assert.Equal(["cs.LG", "cs.CL", "cs.CV", "cs.AI", "stat.ML"], options.ArxivCategories);
        Assert.Equal("https://export.arxiv.org/api/query", options.ArxivBaseUrl);
        Assert.Equal(100, options.ArxivMaxResults);
        Assert.Equal(TimeSpan.FromSeconds(3), options.ArxivRequestInterval);
        Assert.True(options.ArxivEnabled && options.HuggingFaceEnabled);
        Assert.Equal("https://huggingface.co/api/daily_papers", options.HuggingFaceUrl);
        Assert.Equal("0 30 1 ? * MON-FRI", options.Cron);
        Assert.Equal("UTC", options.TimeZone);
    }

    [Fact]
    public void Configured_categories_replace_the_defaults_instead_of_joining_them()
    {
        var options = Bound(new() { ["Feeds:ArxivCategories:0"] = "cs.RO", ["Feeds:ArxivCategories:1"] = "eess.SY", ["Feeds:Cron"] = "0 0 6 ? * MON-FRI", ["Feeds:TimeZone"] = "Europe/Berlin" });

        Assert.Equal(["cs.RO", "eess.SY"], options.ArxivCategories);
        Assert.Equal("0 0 6 ? * MON-FRI", options.Cron);
    }

    [Fact]
    public void Every_bad_setting_is_named()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Bound(new()
        {
            ["Feeds:ArxivBaseUrl"] = "export.arxiv.org/api/query",
            ["Feeds:ArxivCategories:0"] = "cs.LG",
            ["Feeds:ArxivCategories:1"] = "cs LG",
            ["Feeds:ArxivMaxResults"] = "0",
            ["Feeds:ArxivRequestInterval"] = "-00:00:01",
            ["Feeds:HuggingFaceUrl"] = "ftp://huggingface.co/api/daily_papers",
            ["Feeds:Cron"] = "30 1 * * 1-5",
            ["Feeds:TimeZone"] = "Mars/Olympus_Mons",
        }));

        Assert.Equal(
        [
            "Feeds:ArxivBaseUrl 'export.arxiv.org/api/query' is not an absolute http(s) URL",
            "Feeds:ArxivCategories: 'cs LG' is not an arXiv category code (like cs.LG, stat.ML or hep-th)",
            "Feeds:ArxivMaxResults must be between 1 and 2000, not 0",
            "Feeds:ArxivRequestInterval must be between 0 and 00:01:00 (arXiv asks for 00:00:03), not -00:00:01",
            "Feeds:HuggingFaceUrl 'ftp://huggingface.co/api/daily_papers' is not an absolute http(s) URL",
            "Feeds:Cron '30 1 * * 1-5' has 5 fields; a Quartz cron has 6 or 7 (seconds first: \"0 30 1 ? * MON-FRI\")",
            "Feeds:TimeZone 'Mars/Olympus_Mons' is not a known time zone (like UTC or Europe/Berlin)",
        ], failure.Failures);
    }

    [Fact]
    public void A_disabled_source_needs_no_valid_settings()
    {
        var options = Bound(new()
        {
            ["Feeds:ArxivEnabled"] = "false",
            ["Feeds:ArxivBaseUrl"] = "",
            ["Feeds:HuggingFaceEnabled"] = "false",
            ["Feeds:HuggingFaceUrl"] = "",
        });

        Assert.False(options.ArxivEnabled || options.HuggingFaceEnabled);
    }

    /// <summary>The options as the host binds them: the <c>Feeds</c> section of the configuration, then the feed defaults and validation.</summary>
    private static FeedOptions Bound(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddFeedIngestion();
        services.AddOptions<FeedOptions>().Bind(configuration.GetSection(FeedOptions.Section));
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<FeedOptions>>().Value;
    }
}
