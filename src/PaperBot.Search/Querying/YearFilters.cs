using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PaperBot.Search.Indexing;

namespace PaperBot.Search.Querying;

/// <summary>
/// The papers of each <c>year:</c> range searched lately, kept per segment as a bit set. A year matches a large share
/// of the catalogue (every paper of the last months), and working that out again took a search several milliseconds;
/// a bit set also lets the words be scored against it directly, instead of stepping both lists in turn.
/// </summary>
internal sealed class YearFilters
{
    /// <summary>At a million papers a range costs 125 KB, so the kept ranges stay under 8 MB.</summary>
    private const int Capacity = 64;

    private readonly Lock gate = new();
    private readonly Dictionary<YearRange, LinkedListNode<(YearRange Range, Filter Filter)>> byRange = [];
    private readonly LinkedList<(YearRange Range, Filter Filter)> recentFirst = new();

    public Filter For(YearRange range)
    {
        lock (gate)
        {
            if (byRange.TryGetValue(range, out var node))
            {
                recentFirst.Remove(node);
                recentFirst.AddFirst(node);
                return node.Value.Filter;
            }
            var query = NumericRangeQuery.NewInt32Range(PaperFields.Year, range.From, range.To, true, true);
            var filter = new BitSetCache(new QueryWrapperFilter(query));
            byRange.Add(range, recentFirst.AddFirst((range, filter)));
            if (recentFirst.Count > Capacity)
            {
                byRange.Remove(recentFirst.Last!.Value.Range);
                recentFirst.RemoveLast();
            }
            return filter;
        }
    }

    /// <summary>Caches a segment's matches as a plain bit set: Lucene's default compressed set cannot be tested
    /// document by document, so the search would step through it rather than check it.</summary>
    private sealed class BitSetCache(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet CacheImpl(DocIdSetIterator iterator, AtomicReader reader)
        {
            var bits = new FixedBitSet(reader.MaxDoc);
            bits.Or(iterator);
            return bits;
        }
    }
}
