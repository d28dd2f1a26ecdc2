using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;

namespace PaperBot.Core.Digests;

/// <summary>
/// The papers rounds of digests choose from (<see cref="DigestCatalogue"/>), with the whole store read only when the
/// catalogue has changed since the last round. Finding the newest papers reads every paper: 20-30 s of one core at a
/// million papers, and a round comes every minute that someone is due. Between changes (feed runs, ingests) the newest
/// papers' ids are kept, a few hundred kilobytes, and only those papers are read again.
/// </summary>
public sealed class DigestCandidates(IPaperStore papers, IOptions<DigestOptions> options)
{
    private Newest? known;

    public async Task<DigestCatalogue> LoadAsync(CancellationToken cancellationToken = default)
    {
        var limit = options.Value.CandidatePapers;
        // Read before the papers: a change while they are read gives the next round another revision, and a new read.
        var revision = await papers.RevisionAsync(cancellationToken);
        if (known is { } hit && hit.Revision == revision && hit.Limit == limit)
            return await DigestCatalogue.OfAsync(papers, hit.Ids, cancellationToken);
        var catalogue = await DigestCatalogue.LoadAsync(papers, limit, cancellationToken);
        known = new Newest(revision, limit, [.. catalogue.Papers.Select(p => p.Id)]);
        return catalogue;
    }

    private sealed record Newest(long Revision, int Limit, PaperId[] Ids);
}
