using System.Collections.Concurrent;
using PaperBot.Core.Recommending;

namespace PaperBot.Core.Tests.Digests;

/// <summary>Passes each request on to <paramref name="inner"/> and keeps it, so a test can see whom a digest was ranked for.</summary>
public sealed class RecordingRecommender(IRecommender inner) : IRecommender
{
    private readonly ConcurrentQueue<RankingRequest> requests = new();

    public IReadOnlyList<RankingRequest> Requests => requests.ToList();

    public Task<IReadOnlyList<Recommendation>> RankAsync(RankingRequest request, CancellationToken cancellationToken = default)
    {
        requests.Enqueue(request);
        return inner.RankAsync(request, cancellationToken);
    }
}
