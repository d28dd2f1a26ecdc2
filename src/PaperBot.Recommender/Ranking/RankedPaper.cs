namespace PaperBot.Recommender.Ranking;

/// <summary>A ranked catalogue entry: index into the catalogue view, blended score, and the reason shown to people.</summary>
internal readonly record struct RankedPaper(int Index, double Score, string Reason);
