using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using PaperBot.Core.Papers;

namespace PaperBot.TestKit;

/// <summary>A plain in-memory catalogue for tests of the code above the store.</summary>
public sealed class InMemoryPaperStore : IPaperStore
{
    private readonly ConcurrentDictionary<PaperId, Paper> catalogue = new();
    private long revision;

    public Task<Paper?> FindAsync(PaperId id, CancellationToken cancellationToken = default) =>
        Task.FromResult(catalogue.GetValueOrDefault(id));

    public Task<IReadOnlyList<Paper>> FindManyAsync(IReadOnlyCollection<PaperId> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Paper>>(ids.Distinct().Select(catalogue.GetValueOrDefault).OfType<Paper>().ToList());

    public Task<IReadOnlyList<Paper>> FindByTitleKeysAsync(IReadOnlyCollection<string> titleKeys, CancellationToken cancellationToken = default)
    {
        var keys = titleKeys.ToHashSet(StringComparer.Ordinal);
        return Task.FromResult<IReadOnlyList<Paper>>(catalogue.Values.Where(p => keys.Contains(p.TitleKey)).ToList());
    }

    /// <summary>How many times the whole catalogue has been read.</summary>
    public int AllReads => allReads;

    private int allReads;

    public async IAsyncEnumerable<Paper> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref allReads);
        foreach (var paper in catalogue.Values.OrderBy(p => p.Id.Value, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return paper;
        }
        await Task.CompletedTask;
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(catalogue.Count);

    public Task<long> SaveAsync(IReadOnlyCollection<Paper> papers, CancellationToken cancellationToken = default)
    {
        foreach (var paper in papers)
            catalogue[paper.Id] = paper;
        return Task.FromResult(Interlocked.Increment(ref revision));
    }

    public Task<long> RevisionAsync(CancellationToken cancellationToken = default) => Task.FromResult(Interlocked.Read(ref revision));
}
