using PaperBot.Core.Papers;

namespace PaperBot.Core.Recommending;

/// <param name="Reason">A short sentence a person can read: the liked paper it is closest to, "liked by people who liked X", or the topics that matched.</param>
public sealed record Recommendation(PaperId Paper, double Score, string Reason);
