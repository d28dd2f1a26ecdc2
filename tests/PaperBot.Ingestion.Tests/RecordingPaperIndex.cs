using System.Collections.Concurrent;
using PaperBot.Core.Papers;
using PaperBot.Core.Search;

namespace PaperBot.Ingestion.Tests;

/// <summary>An index that remembers what it was given and finds papers by a word of their title.</summary>
public sealed class RecordingPaperIndex : IPaperIndex
{
    private readonly ConcurrentDictionary<PaperId, Paper> indexed = new();
    private long? committed;

    public ConcurrentQueue<int> BatchSizes { get; } = new();

    public ConcurrentQueue<long> Commits { get; } = new();

    /// <summary>How often <see cref="CompactAsync"/> was called.</summary>
    public int Compactions { get; private set; }

    /// <summary>Runs at the start of each <see cref="IndexAsync"/>, on the caller's thread.</summary>
    public Action? OnIndexing { get; set; }

    public int Count => indexed.Count;

    public Task IndexAsync(IReadOnlyCollection<Paper> papers, CancellationToken cancellationToken = default)
    {
        OnIndexing?.Invoke();
        BatchSizes.Enqueue(papers.Count);
        foreach (var paper in papers)
            indexed[paper.Id] = paper;
        return Task.CompletedTask;
    }

    public Task CommitAsync(long catalogueRevision, CancellationToken cancellationToken = default)
    {
        committed = catalogueRevision;
        Commits.Enqueue(catalogueRevision);
        return Task.CompletedTask;
    }

    public Task CompactAsync(CancellationToken cancellationToken = default)
    {
        Compactions++;
        return Task.CompletedTask;
    }

    public Task<long?> RevisionAsync(CancellationToken cancellationToken = default) => Task.FromResult(committed);

    public async Task RebuildAsync(IAsyncEnumerable<Paper> papers, long catalogueRevision, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        indexed.Clear();
        await foreach (var paper in papers.WithCancellation(cancellationToken))
            indexed[paper.Id] = paper;
        await CommitAsync(catalogueRevision, cancellationToken);
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int top, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SearchHit>>(indexed.Values
            .Where(p => p.Title.Contains(query, StringComparison.OrdinalIgnoreCase))
            .Take(top)
            .Select(p => new SearchHit(p.Id, p.Title, 1, p.Title))
            .ToList());
}
