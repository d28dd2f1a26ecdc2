using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PaperBot.Search.Analysis;
using PaperBot.Search.Indexing;

namespace PaperBot.Search.Querying;

/// <summary>
/// Raises the score of candidates whose title or abstract has the query's words next to each other, in order:
/// "graph neural networks" as a phrase beats the three words scattered. It reads the positions of the candidates
/// only; a sloppy phrase query would instead scan every paper holding all the words, which costs more than the
/// search itself when the words are common.
/// </summary>
internal sealed class ProximityBonus
{
    /// <summary>A paper with every pair of consecutive words together scores this much more, times its score.</summary>
    private const float Weight = 1f;

    /// <summary>How many extra positions may stand between two consecutive words.</summary>
    private const int Slop = 2;

    /// <summary>Past a few words the words are a list, not a phrase.</summary>
    private const int MaxWords = 8;

    private static readonly string[] Fields = [PaperFields.Title, PaperFields.Abstract];

    private readonly IReadOnlyList<PositionedTerm> words;
    private readonly string[] distinct;
    private readonly int[] wordSlots;

    private ProximityBonus(IReadOnlyList<PositionedTerm> words)
    {
        this.words = words;
        distinct = words.Select(w => w.Text).Distinct(StringComparer.Ordinal).ToArray();
        wordSlots = words.Select(w => Array.IndexOf(distinct, w.Text)).ToArray();
    }

    /// <summary>The bonus for a query's analyzed words, or null when there is no sequence to look for.</summary>
    public static ProximityBonus? For(IReadOnlyList<PositionedTerm> words) =>
        words.Count is > 1 and <= MaxWords ? new ProximityBonus(words) : null;

    /// <summary>The hits with their scores raised, best first.</summary>
    public ScoreDoc[] Apply(IndexSearcher searcher, ScoreDoc[] hits)
    {
        var byDoc = hits.OrderBy(h => h.Doc).ToArray();
        var shares = new float[byDoc.Length];
        var leaves = searcher.IndexReader.Leaves;
        for (var start = 0; start < byDoc.Length;)
        {
            var leaf = leaves[ReaderUtil.SubIndex(byDoc[start].Doc, leaves)];
            var end = start;
            while (end < byDoc.Length && byDoc[end].Doc < leaf.DocBase + leaf.Reader.MaxDoc)
                end++;
            foreach (var field in Fields)
            {
                var postings = Postings(leaf.AtomicReader, field);
                for (var i = start; i < end; i++)
                    shares[i] = Math.Max(shares[i], Share(postings, byDoc[i].Doc - leaf.DocBase));
            }
            start = end;
        }
        return byDoc.Select((h, i) => new ScoreDoc(h.Doc, h.Score * (1 + (Weight * shares[i]))))
            .OrderByDescending(h => h.Score).ThenBy(h => h.Doc).ToArray();
    }

    /// <summary>Each distinct word's positions in <paramref name="field"/>, null for a word the segment lacks.</summary>
    private DocsAndPositionsEnum?[] Postings(AtomicReader reader, string field)
    {
        var postings = new DocsAndPositionsEnum?[distinct.Length];
        var terms = reader.GetTerms(field);
        if (terms is null)
            return postings;
        var termsEnum = terms.GetEnumerator();
        for (var i = 0; i < distinct.Length; i++)
        {
            if (termsEnum.SeekExact(new BytesRef(distinct[i])))
                postings[i] = termsEnum.DocsAndPositions(reader.LiveDocs, null, DocsAndPositionsFlags.NONE);
        }
        return postings;
    }

    /// <summary>The share of consecutive word pairs that stand together, in order, in document <paramref name="doc"/>.
    /// Documents are visited in increasing order, so every posting only moves forward.</summary>
    private float Share(DocsAndPositionsEnum?[] postings, int doc)
    {
        var positions = new int[postings.Length][];
        for (var i = 0; i < postings.Length; i++)
        {
            var posting = postings[i];
            if (posting is not null && posting.DocID < doc)
                posting.Advance(doc);
            positions[i] = posting is null || posting.DocID != doc ? [] : Read(posting);
        }
        var together = 0;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (Near(positions[wordSlots[i]], positions[wordSlots[i + 1]], words[i + 1].Position - words[i].Position + Slop))
                together++;
        }
        return (float)together / (words.Count - 1);
    }

    /// <summary>Whether a position in <paramref name="after"/> follows one in <paramref name="before"/> by at most
    /// <paramref name="reach"/>. (Loops rather than LINQ: this runs for every word pair of thirty papers a search.)</summary>
    private static bool Near(int[] before, int[] after, int reach)
    {
        foreach (var p in before)
        {
            foreach (var q in after)
            {
                if (q > p && q - p <= reach)
                    return true;
            }
        }
        return false;
    }

    private static int[] Read(DocsAndPositionsEnum posting)
    {
        var positions = new int[posting.Freq];
        for (var i = 0; i < positions.Length; i++)
            positions[i] = posting.NextPosition();
        return positions;
    }
}
