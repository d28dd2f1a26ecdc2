namespace PaperBot.Search.Indexing;

/// <summary>The index's field names.</summary>
internal static class PaperFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Abstract = "abstract";
    public const string Authors = "authors";
    public const string Categories = "categories";
    public const string Year = "year";
}
