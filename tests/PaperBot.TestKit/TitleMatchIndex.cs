using PaperBot.Core.Papers;
using PaperBot.Core.Search;

namespace PaperBot.TestKit;

/// <summary>A stand-in index for tests of the code above search: finds papers whose title holds every query word.</summary>
public class TitleMatchIndex(IPaperStore store) : IPaperIndex
{
    public Task IndexAsync(IReadOnlyCollection<Paper> papers, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task CommitAsync(long catalogueRevision, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<long?> RevisionAsync(CancellationToken cancellationToken = default) => Task.FromResult<long?>(null);

    public Task RebuildAsync(IAsyncEnumerable<Paper> papers, long catalogueRevision, IProgress<int>? progress = null, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public virtual async Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int top, CancellationToken cancellationToken = default)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var hits = new List<SearchHit>();
        await foreach (var paper in store.AllAsync(cancellationToken))
        {
            if (words.All(w => paper.Title.Contains(w, StringComparison.OrdinalIgnoreCase)))
                hits.Add(new SearchHit(paper.Id, paper.Title, 1, paper.Abstract));
        }
        return hits.Take(top).ToList();
    }
}
