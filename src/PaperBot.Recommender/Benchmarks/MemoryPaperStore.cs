using System.Runtime.CompilerServices;
using PaperBot.Core.Papers;

namespace PaperBot.Recommender.Benchmarks;

/// <summary>A fixed catalogue in memory, so that the benchmark times the recommender and not a database.</summary>
internal sealed class MemoryPaperStore(IReadOnlyList<Paper> papers) : IPaperStore
{
    private readonly Dictionary<PaperId, Paper> byId = papers.DistinctBy(p => p.Id).ToDictionary(p => p.Id);

    public Task<Paper?> FindAsync(PaperId id, CancellationToken cancellationToken = default) => Task.FromResult(byId.GetValueOrDefault(id));

    public Task<IReadOnlyList<Paper>> FindManyAsync(IReadOnlyCollection<PaperId> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Paper>>(ids.Select(byId.GetValueOrDefault).OfType<Paper>().ToList());

    public Task<IReadOnlyList<Paper>> FindByTitleKeysAsync(IReadOnlyCollection<string> titleKeys, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Paper>>(byId.Values.Where(p => titleKeys.Contains(p.TitleKey)).ToList());

    public async IAsyncEnumerable<Paper> AllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var paper in byId.Values)
            yield return paper;
        await Task.CompletedTask;
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(byId.Count);

    public Task<long> SaveAsync(IReadOnlyCollection<Paper> papers, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The benchmark's catalogue is fixed.");

    public Task<long> RevisionAsync(CancellationToken cancellationToken = default) => Task.FromResult(1L);
}
