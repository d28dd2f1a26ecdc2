namespace PaperBot.Search.Querying;

/// <summary>What a person typed, taken apart: free words, "quoted phrases", <c>author:</c> and <c>year:</c> filters.</summary>
internal sealed record UserQuery(
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> Authors,
    IReadOnlyList<YearRange> Years);
