namespace PaperBot.Core.Papers;

/// <summary>The catalogue of papers. Every write is one transaction and bumps the catalogue revision,
/// which the search index records so it can tell when it is stale.</summary>
public interface IPaperStore
{
    Task<Paper?> FindAsync(PaperId id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Paper>> FindManyAsync(IReadOnlyCollection<PaperId> ids, CancellationToken cancellationToken = default);

    /// <summary>Finds papers by <see cref="PaperTitle.Key"/> of their titles.</summary>
    Task<IReadOnlyList<Paper>> FindByTitleKeysAsync(IReadOnlyCollection<string> titleKeys, CancellationToken cancellationToken = default);

    /// <summary>All papers, in id order.</summary>
    IAsyncEnumerable<Paper> AllAsync(CancellationToken cancellationToken = default);

    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces the papers in one transaction; returns the new catalogue revision.</summary>
    Task<long> SaveAsync(IReadOnlyCollection<Paper> papers, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="SaveAsync(IReadOnlyCollection{Paper}, CancellationToken)"/>, where the caller has found
    /// the first <paramref name="newCount"/> papers missing from the catalogue: a store may insert those without
    /// looking for each one first, but must still replace one that another writer added since.</summary>
    Task<long> SaveAsync(IReadOnlyList<Paper> papers, int newCount, CancellationToken cancellationToken = default) => SaveAsync(papers, cancellationToken);

    /// <summary>A number that changes whenever the catalogue changes.</summary>
    Task<long> RevisionAsync(CancellationToken cancellationToken = default);
}
