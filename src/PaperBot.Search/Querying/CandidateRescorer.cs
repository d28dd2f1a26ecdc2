using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PaperBot.Search.Querying;

/// <summary>Scores a first search's hits with another query, visiting only those hits: each segment's scorer is
/// advanced from hit to hit in document order. (Lucene.Net's QueryRescorer does the same but fails on a segment
/// where the query matches nothing.)</summary>
internal static class CandidateRescorer
{
    /// <summary>The hits with <paramref name="query"/>'s scores (zero where it does not match), best first.</summary>
    public static ScoreDoc[] Rescore(IndexSearcher searcher, ScoreDoc[] hits, Query query)
    {
        var rescored = hits.OrderBy(h => h.Doc).Select(h => new ScoreDoc(h.Doc, 0)).ToArray();
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var leafEnd = 0;
        Scorer? scorer = null;
        AtomicReaderContext? leaf = null;
        foreach (var hit in rescored)
        {
            if (hit.Doc >= leafEnd)
            {
                leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
                leafEnd = leaf.DocBase + leaf.Reader.MaxDoc;
                scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            }
            var target = hit.Doc - leaf!.DocBase;
            if (scorer is not null && scorer.DocID < target)
                scorer.Advance(target);
            if (scorer is not null && scorer.DocID == target)
                hit.Score = scorer.GetScore();
        }
        Array.Sort(rescored, (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));
        return rescored;
    }
}
