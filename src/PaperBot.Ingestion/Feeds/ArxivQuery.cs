using System.Globalization;
using System.Text.RegularExpressions;

namespace PaperBot.Ingestion.Feeds;

/// <summary>Requests to the arXiv API (<c>export.arxiv.org/api/query</c>) for the newest submissions of a category.</summary>
public static partial class ArxivQuery
{
    public const int MaxResultsPerRequest = 2000;

    /// <summary>An archive with an optional subject class: <c>cs.LG</c>, <c>stat.ML</c>, <c>hep-th</c>, <c>cond-mat.stat-mech</c>.</summary>
    public static bool IsCategory(string? code) => code is not null && CategoryPattern().IsMatch(code);

    /// <summary>The newest <paramref name="maxResults"/> submissions to <paramref name="category"/> (listed there first or cross-listed), newest first.</summary>
    public static Uri ForCategory(Uri endpoint, string category, int maxResults)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!IsCategory(category))
            throw new ArgumentException($"'{category}' is not an arXiv category code", nameof(category));
        ArgumentOutOfRangeException.ThrowIfLessThan(maxResults, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxResults, MaxResultsPerRequest);
        var query = string.Join('&',
            "search_query=" + Uri.EscapeDataString("cat:" + category),
            "sortBy=submittedDate",
            "sortOrder=descending",
            "start=0",
            "max_results=" + maxResults.ToString(CultureInfo.InvariantCulture));
        var builder = new UriBuilder(endpoint);
        builder.Query = builder.Query.Length > 1 ? builder.Query[1..] + "&" + query : query;
        return builder.Uri;
    }

    [GeneratedRegex(@"^[a-z]+(?:-[a-z]+)*(?:\.[A-Za-z]+(?:-[a-z]+)*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CategoryPattern();
}
