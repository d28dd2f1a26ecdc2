namespace PaperBot.Core.Ratings;

/// <summary>What an import of thumbs did: how many were stored, and each row that was not, with its line.</summary>
public sealed record RatingImport(int Stored, IReadOnlyList<string> Problems);
