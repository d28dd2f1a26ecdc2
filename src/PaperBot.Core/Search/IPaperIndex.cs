using PaperBot.Core.Papers;

namespace PaperBot.Core.Search;

/// <summary>The full-text index over the catalogue. It records the catalogue revision it reflects, so the host can
/// rebuild it from the store when it is missing or stale.</summary>
public interface IPaperIndex
{
    /// <summary>Adds the papers, replacing any indexed paper with the same id. Visible to searches after <see cref="CommitAsync"/>.</summary>
    Task IndexAsync(IReadOnlyCollection<Paper> papers, CancellationToken cancellationToken = default);

    /// <summary>Makes indexed papers durable and searchable, recording the catalogue revision they reflect.</summary>
    Task CommitAsync(long catalogueRevision, CancellationToken cancellationToken = default);

    /// <summary>The catalogue revision of the last commit, or null when there is no usable index.</summary>
    Task<long?> RevisionAsync(CancellationToken cancellationToken = default);

    /// <summary>Drops everything and indexes <paramref name="papers"/>, then commits <paramref name="catalogueRevision"/>.</summary>
    Task RebuildAsync(IAsyncEnumerable<Paper> papers, long catalogueRevision, IProgress<int>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Rewrites the committed index as one piece, keeping its revision: after a bulk load, which leaves it in
    /// many pieces that every search visits one by one. Costs about as long as writing the index once more; an index
    /// with no such pieces has nothing to do.</summary>
    Task CompactAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Searches with the query language of <c>/papers search</c>: words, "quoted phrases", <c>author:name</c>,
    /// <c>year:2023</c> or <c>year:2021..2023</c>.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int top, CancellationToken cancellationToken = default);
}
