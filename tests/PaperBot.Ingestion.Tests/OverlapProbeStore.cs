using PaperBot.Core.Papers;

namespace PaperBot.Ingestion.Tests;

/// <summary>A store whose save of batch N blocks, as LiteDB does, until <paramref name="indexStarted"/> says the
/// index began batch N too; it records, per batch, whether that happened before the wait ran out.</summary>
internal sealed class OverlapProbeStore(IPaperStore inner, Func<int, bool> indexStarted) : IPaperStore
{
    private int batches;

    public List<bool> Overlapped { get; } = [];

    public Task<long> SaveAsync(IReadOnlyCollection<Paper> papers, CancellationToken cancellationToken = default)
    {
        var batch = Interlocked.Increment(ref batches);
        Overlapped.Add(indexStarted(batch));
        return inner.SaveAsync(papers, cancellationToken);
    }

    public Task<Paper?> FindAsync(PaperId id, CancellationToken cancellationToken = default) => inner.FindAsync(id, cancellationToken);

    public Task<IReadOnlyList<Paper>> FindManyAsync(IReadOnlyCollection<PaperId> ids, CancellationToken cancellationToken = default) => inner.FindManyAsync(ids, cancellationToken);

    public Task<IReadOnlyList<Paper>> FindByTitleKeysAsync(IReadOnlyCollection<string> titleKeys, CancellationToken cancellationToken = default) => inner.FindByTitleKeysAsync(titleKeys, cancellationToken);

    public IAsyncEnumerable<Paper> AllAsync(CancellationToken cancellationToken = default) => inner.AllAsync(cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => inner.CountAsync(cancellationToken);

    public Task<long> RevisionAsync(CancellationToken cancellationToken = default) => inner.RevisionAsync(cancellationToken);
}
