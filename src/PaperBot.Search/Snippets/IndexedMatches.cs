using Lucene.Net.Index;
using Lucene.Net.Util;
using PaperBot.Search.Indexing;

namespace PaperBot.Search.Snippets;

/// <summary>
/// Finds the query's terms in the hits' abstracts from the offsets the index keeps with every position, so that a
/// snippet marks exactly the words the index matched. Analyzing ten abstracts again (tokenizing, stemming) was a
/// third of a typical search; this reads a few postings.
/// </summary>
internal static class IndexedMatches
{
    /// <summary>The matches in each of <paramref name="docs"/>'s abstracts, in text order.</summary>
    public static List<TextMatch>[] Find(IndexReader reader, IReadOnlyList<int> docs, IReadOnlySet<string> terms)
    {
        var matches = new List<TextMatch>[docs.Count];
        for (var i = 0; i < matches.Length; i++)
            matches[i] = [];
        if (terms.Count == 0)
            return matches;
        // Visited in document order, so each postings list only moves forward.
        var order = Enumerable.Range(0, docs.Count).OrderBy(i => docs[i]).ToArray();
        var leaves = reader.Leaves;
        for (var start = 0; start < order.Length;)
        {
            var leaf = leaves[ReaderUtil.SubIndex(docs[order[start]], leaves)];
            var end = start;
            while (end < order.Length && docs[order[end]] < leaf.DocBase + leaf.Reader.MaxDoc)
                end++;
            var termsEnum = leaf.AtomicReader.GetTerms(PaperFields.Abstract)?.GetEnumerator();
            DocsAndPositionsEnum? postings = null;
            foreach (var term in terms)
            {
                if (termsEnum is null || !termsEnum.SeekExact(new BytesRef(term)))
                    continue;
                postings = termsEnum.DocsAndPositions(null, postings, DocsAndPositionsFlags.OFFSETS);
                if (postings is null)
                    continue;
                for (var i = start; i < end; i++)
                {
                    var doc = docs[order[i]] - leaf.DocBase;
                    if (postings.DocID < doc)
                        postings.Advance(doc);
                    if (postings.DocID != doc)
                        continue;
                    for (var n = postings.Freq; n > 0; n--)
                    {
                        postings.NextPosition();
                        matches[order[i]].Add(new TextMatch(postings.StartOffset, postings.EndOffset, term));
                    }
                }
            }
            start = end;
        }
        foreach (var list in matches)
            list.Sort((a, b) => a.Start.CompareTo(b.Start));
        return matches;
    }
}
