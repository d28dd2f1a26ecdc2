using PaperBot.Ingestion.Arxiv;
using PaperBot.Ingestion.HuggingFace;

namespace PaperBot.Ingestion.Feeds;

/// <summary>One request of a feed run: where to fetch, how to read it, and what it should have been.</summary>
/// <param name="Name">The name runs are reported under.</param>
/// <param name="Expected">What the response should be, for the error when it is something else.</param>
/// <param name="IsArxiv">Calls to arXiv's API are spaced out as its terms ask.</param>
internal sealed record FeedSource(string Name, Uri Url, string MediaType, IPaperParser Parser, string Expected, bool IsArxiv)
{
    public const string HuggingFaceName = "huggingface";

    private static readonly ArxivAtomParser ArxivParser = new();
    private static readonly HuggingFaceDailyParser HuggingFaceParser = new();

    public static string ArxivName(string category) => $"arxiv:{category}";

    /// <summary>The configured sources, arXiv's together so the pauses between them cost nothing extra.</summary>
    public static IReadOnlyList<FeedSource> From(FeedOptions options)
    {
        var sources = new List<FeedSource>();
        if (options.ArxivEnabled)
        {
            var endpoint = new Uri(options.ArxivBaseUrl);
            sources.AddRange(options.ArxivCategories.Distinct(StringComparer.Ordinal).Select(category => new FeedSource(
                ArxivName(category), ArxivQuery.ForCategory(endpoint, category, options.ArxivMaxResults), "application/atom+xml",
                ArxivParser, "an arXiv Atom feed", IsArxiv: true)));
        }
        if (options.HuggingFaceEnabled)
        {
            sources.Add(new FeedSource(HuggingFaceName, new Uri(options.HuggingFaceUrl), "application/json",
                HuggingFaceParser, "a JSON array of Hugging Face daily papers", IsArxiv: false));
        }
        return sources;
    }
}
