using LiteDB;
using PaperBot.Core.Papers;
using PaperBot.Storage.LiteDb.Documents;

namespace PaperBot.Storage.LiteDb.Papers;

/// <summary>The catalogue in the <c>papers</c> collection. LiteDB is synchronous and fast for these calls, so each method
/// does its work on the calling thread and returns a completed task.</summary>
public sealed class LiteDbPaperStore(LiteDbContext context) : IPaperStore
{
    public Task<Paper?> FindAsync(PaperId id, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var document = context.Papers.FindById(id.Value);
        return Task.FromResult(document is null ? null : PaperMapping.ToPaper(document));
    }

    public Task<IReadOnlyList<Paper>> FindManyAsync(IReadOnlyCollection<PaperId> ids, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var wanted = ids.Select(id => id.Value).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
            return Task.FromResult<IReadOnlyList<Paper>>([]);
        var found = context.Papers.Find(BoundQuery.In("_id", new BsonArray(wanted.Select(id => new BsonValue(id)))))
            .ToDictionary(d => d.Id, StringComparer.Ordinal);
        IReadOnlyList<Paper> papers = wanted.Where(found.ContainsKey).Select(id => PaperMapping.ToPaper(found[id])).ToList();
        return Task.FromResult(papers);
    }

    public Task<IReadOnlyList<Paper>> FindByTitleKeysAsync(IReadOnlyCollection<string> titleKeys, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var wanted = titleKeys.ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
            return Task.FromResult<IReadOnlyList<Paper>>([]);
        var indexed = wanted.Select(PaperMapping.IndexedTitleKey).Distinct(StringComparer.Ordinal).Select(k => new BsonValue(k));
        IReadOnlyList<Paper> papers = context.Papers.Find(BoundQuery.In(nameof(PaperDocument.TitleKey), new BsonArray(indexed)))
            .Where(d => wanted.Contains(PaperMapping.FullTitleKey(d)))
            .Select(PaperMapping.ToPaper)
            .ToList();
        return Task.FromResult(papers);
    }

    public IAsyncEnumerable<Paper> AllAsync(CancellationToken cancellationToken = default) =>
        KeysetPages.Read(context.Papers, d => d.Id, cancellationToken).Select(PaperMapping.ToPaper).ToAsyncEnumerable();

    public Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(context.Papers.Count());
    }

    public Task<long> SaveAsync(IReadOnlyCollection<Paper> papers, CancellationToken cancellationToken = default) =>
        Task.FromResult(Save(papers, 0, cancellationToken));

    /// <summary>Inserts the new papers rather than upserting them: an upsert first looks the id up in the <c>_id</c>
    /// index, about a fifth of a bulk ingest's store work. If another writer added one of them meanwhile, the insert
    /// fails on its id and the transaction rolls back; the batch is then saved again as usual.</summary>
    public Task<long> SaveAsync(IReadOnlyList<Paper> papers, int newCount, CancellationToken cancellationToken = default)
    {
        try
        {
            return Task.FromResult(Save(papers, Math.Clamp(newCount, 0, papers.Count), cancellationToken));
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return SaveAsync(papers, cancellationToken);
        }
    }

    /// <summary>Inserts the first <paramref name="insertFirst"/> papers and upserts the rest, in one transaction.</summary>
    private long Save(IReadOnlyCollection<Paper> papers, int insertFirst, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return context.InTransaction(() =>
        {
            // One call per kind over the whole batch: LiteDB maps and writes the documents as it enumerates them, and
            // a cancellation seen half way throws inside the transaction, which then rolls back.
            if (insertFirst > 0)
                context.Papers.Insert(Documents(papers.Take(insertFirst), cancellationToken));
            if (insertFirst < papers.Count)
                context.Papers.Upsert(Documents(papers.Skip(insertFirst), cancellationToken));
            // An update expression reads and writes the counter under the meta collection's write lock, so two
            // concurrent saves can never hand out the same revision.
            context.Meta.UpdateMany("{ Revision: $.Revision + 1 }", Query.EQ("_id", MetaDocument.CatalogueId));
            return CurrentRevision();
        });
    }

    private static IEnumerable<PaperDocument> Documents(IEnumerable<Paper> papers, CancellationToken cancellationToken) =>
        papers.Select(paper =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return PaperMapping.ToDocument(paper);
        });

    public Task<long> RevisionAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(CurrentRevision());
    }

    private long CurrentRevision() => context.Meta.FindById(MetaDocument.CatalogueId)?.Revision ?? 0;
}
