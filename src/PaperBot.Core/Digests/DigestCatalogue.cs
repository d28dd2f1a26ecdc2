using PaperBot.Core.Papers;

namespace PaperBot.Core.Digests;

/// <summary>The catalogue as digests read it: every paper in the store's order, and each paper by id. A dispatcher round
/// builds it once and shares it between all its digests.</summary>
public sealed class DigestCatalogue
{
    private readonly Dictionary<PaperId, Paper> byId;

    public DigestCatalogue(IReadOnlyList<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        Papers = papers;
        byId = new Dictionary<PaperId, Paper>(papers.Count);
        foreach (var paper in papers)
            byId[paper.Id] = paper;
    }

    public IReadOnlyList<Paper> Papers { get; }

    public Paper this[PaperId id] => byId[id];
}
