namespace PaperBot.Search.Querying;

/// <summary>Publication years from <see cref="From"/> to <see cref="To"/>, both included; null is open.</summary>
internal readonly record struct YearRange(int? From, int? To);
