using PaperBot.Core.Papers;

namespace PaperBot.Core.Recommending;

/// <param name="Top">How many recommendations at most.</param>
/// <param name="Among">When given, only these papers are ranked (a digest's candidates); otherwise the whole catalogue.</param>
/// <param name="Exclude">Papers never to return besides the rated ones, e.g. those the target already received.</param>
public sealed record RankingRequest(
    RankingTarget Target,
    int Top,
    IReadOnlyCollection<PaperId>? Among = null,
    IReadOnlySet<PaperId>? Exclude = null);
