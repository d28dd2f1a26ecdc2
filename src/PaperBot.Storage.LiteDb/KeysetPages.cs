using LiteDB;
using PaperBot.Storage.LiteDb.Documents;

namespace PaperBot.Storage.LiteDb;

/// <summary>
/// Reads a whole collection in <c>_id</c> order, a page at a time, each page one complete query. No LiteDB cursor stays
/// open while the caller works on an item, so awaiting between items (and resuming on another thread) is safe.
/// </summary>
internal static class KeysetPages
{
    public const int PageSize = 1000;

    public static IEnumerable<T> Read<T>(ILiteCollection<T> collection, Func<T, string> idOf, CancellationToken cancellationToken)
    {
        string? after = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var query = after is null ? collection.Query() : collection.Query().Where(BoundQuery.GreaterThan("_id", after));
            var page = query.OrderBy("_id").Limit(PageSize).ToList();
            foreach (var item in page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return item;
            }
            if (page.Count < PageSize)
                yield break;
            after = idOf(page[^1]);
        }
    }
}
