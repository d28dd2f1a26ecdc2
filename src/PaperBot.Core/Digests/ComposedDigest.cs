using PaperBot.Core.Papers;
using PaperBot.Core.Recommending;

namespace PaperBot.Core.Digests;

/// <summary>A digest ready to queue: its messages, the ranked papers it holds, and a line for <c>/papers status</c>.</summary>
public sealed record ComposedDigest(IReadOnlyList<DigestPart> Parts, IReadOnlyList<Recommendation> Picks, string Summary)
{
    public IReadOnlyList<PaperId> Papers => Picks.Select(p => p.Paper).ToList();

    public bool IsEmpty => Picks.Count == 0;
}
