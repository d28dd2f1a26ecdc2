using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace PaperBot.Search.Querying;

/// <summary>
/// The best hits of a flat disjunction of term and phrase queries (or of one required such disjunction, with words that
/// only add to its papers' scores), the same as Lucene's search finds, without scoring every paper that has one of the
/// words (the MaxScore method of Turtle and Flood). Each clause's BM25 score has a ceiling (its weight times k1 + 1);
/// once the list is full, clauses whose ceilings together cannot lift a paper past the last of the list only add to
/// the scores of papers the other clauses found, read by skipping to them. At a million papers a common word's
/// abstract postings are half the catalogue, and its title postings a few percent. A required phrase's abstract
/// clause, two common words whose positions are slow to read, is so read, once the list is full, only where the title
/// phrase or a word is.
/// </summary>
internal static class BoundedDisjunction
{
    /// <summary>Ceilings are compared with float scores summed in another order: a little slack keeps them ceilings.</summary>
    private const double Slack = 1.0001;

    /// <summary>The best <paramref name="top"/> hits, best first and ties by document, or null when the query is not a
    /// shape this can bound (Lucene then searches as usual): a flat disjunction, or one required flat disjunction (a
    /// phrase in the title or the abstract) with a flat disjunction of words that only add to its papers' scores.</summary>
    public static ScoreDoc[]? TrySearch(IndexSearcher searcher, Query query, Filter? filter, int top)
    {
        if (searcher.Similarity is not BM25Similarity similarity || Shape(query) is not var (finding, adding))
            return null;
        Query[] queries = [.. finding.Clauses.Select(c => c.Query), .. adding?.Clauses.Select(c => c.Query) ?? []];
        var weights = queries.Select(searcher.CreateNormalizedWeight).ToArray();
        // BM25 scores a clause weight·(k1 + 1)·f/(f + norm), and f/(f + norm) < 1; its weight is the square root of
        // what it hands the query's normalisation (idf·boost), which BM25 does not change.
        var ceilings = weights.Select(w => (similarity.K1 + 1) * Math.Sqrt(w.GetValueForNormalization()) * Slack).ToArray();
        var scoring = new Scoring(finding.Clauses.Count, Coord(similarity, finding), adding is null ? [] : Coord(similarity, adding));
        // As Lucene does: a list longer than the catalogue would only reserve memory.
        var best = new BestHits(Math.Clamp(top, 1, Math.Max(1, searcher.IndexReader.MaxDoc)));
        var search = new Search(ceilings, scoring, best);
        foreach (var leaf in searcher.IndexReader.Leaves)
            search.Leaf(leaf, weights, filter);
        return best.Sorted();
    }

    /// <summary>The clauses that find papers, and the words that only add to their scores (Lucene adds an optional
    /// clause's score to the required one's where it matches; a lone required clause is rewritten to itself).</summary>
    private static (BooleanQuery Finding, BooleanQuery? Adding)? Shape(Query query)
    {
        if (Flat(query) is { } flat)
            return (flat, null);
        if (query is not BooleanQuery { Boost: 1f, MinimumNumberShouldMatch: 0, CoordDisabled: true, Clauses: [var first, var second] }
            || (first.Occur, second.Occur) != (Occur.MUST, Occur.SHOULD)
            || Flat(second.Query) is not { } adding)
            return null;
        if (first.Query is TermQuery or PhraseQuery)
            return (new BooleanQuery(disableCoord: true) { { first.Query, Occur.SHOULD } }, adding);
        return Flat(first.Query) is { } finding ? (finding, adding) : null;
    }

    /// <summary>A disjunction of term and phrase queries.</summary>
    private static BooleanQuery? Flat(Query query) =>
        query is BooleanQuery { Boost: 1f, MinimumNumberShouldMatch: 0, Clauses.Count: > 0 } disjunction
        && disjunction.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery or PhraseQuery)
            ? disjunction
            : null;

    private static float[] Coord(BM25Similarity similarity, BooleanQuery disjunction) =>
        [.. Enumerable.Range(0, disjunction.Clauses.Count + 1)
            .Select(overlap => disjunction.CoordDisabled ? 1f : similarity.Coord(overlap, disjunction.Clauses.Count))];

    /// <summary>How clause scores make a paper's: the first <paramref name="Finding"/> clauses find papers, summed
    /// times their coordination; the rest only add, summed times theirs.</summary>
    private sealed record Scoring(int Finding, float[] FindingCoord, float[] AddingCoord)
    {
        /// <summary>At most what a paper matching that many clauses can be scaled by.</summary>
        public float CoordCeiling(int overlap) => AddingCoord.Length == 0 ? FindingCoord[overlap] : 1f;
    }

    /// <summary>One search's state across segments: the clauses by rising ceiling, and how many of the lowest can no
    /// longer find a paper on their own.</summary>
    private sealed class Search
    {
        private readonly Scoring scoring;
        private readonly BestHits best;
        private readonly int[] byCeiling;

        /// <summary><c>below[k]</c>: the ceilings of the <c>k</c> lowest clauses summed.</summary>
        private readonly double[] below;
        private readonly float[] scores;
        private readonly bool[] matched;

        /// <summary>The current segment's scorers by rising ceiling (null where the clause matches nothing there),
        /// and the document each stands on.</summary>
        private readonly Scorer?[] scorers;
        private readonly int[] at;
        private int passive;

        public Search(double[] ceilings, Scoring scoring, BestHits best)
        {
            this.scoring = scoring;
            this.best = best;
            byCeiling = [.. Enumerable.Range(0, ceilings.Length).OrderBy(i => ceilings[i])];
            below = new double[ceilings.Length + 1];
            for (var k = 0; k < byCeiling.Length; k++)
                below[k + 1] = below[k] + ceilings[byCeiling[k]];
            scores = new float[ceilings.Length];
            matched = new bool[ceilings.Length];
            scorers = new Scorer?[ceilings.Length];
            at = new int[ceilings.Length];
        }

        public void Leaf(AtomicReaderContext leaf, Weight[] weights, Filter? filter)
        {
            var accept = leaf.AtomicReader.LiveDocs;
            DocIdSetIterator? filtered = null;
            if (filter is not null)
            {
                var set = filter.GetDocIdSet(leaf, accept);
                if (set is null)
                    return;
                // A filter that can be asked paper by paper (the year's bit sets) goes into the postings; one that can
                // only be stepped through (an author's papers, few) picks the papers to score.
                if (set.Bits is { } bits)
                    accept = bits;
                else if ((filtered = set.GetIterator()) is null)
                    return;
            }
            for (var k = 0; k < byCeiling.Length; k++)
            {
                scorers[k] = weights[byCeiling[k]].GetScorer(leaf, accept);
                at[k] = scorers[k] is null ? DocIdSetIterator.NO_MORE_DOCS : -1;
            }
            if (filtered is null)
                ScoreLeading(leaf.DocBase);
            else
                ScoreEach(filtered, leaf.DocBase);
        }

        /// <summary>Steps through the papers of the clauses that can still lead; the others are skipped to them.</summary>
        private void ScoreLeading(int docBase)
        {
            UpdatePassive();
            for (var k = passive; k < at.Length; k++)
            {
                if (scorers[k] is { } scorer)
                    at[k] = scorer.NextDoc();
            }
            while (passive < at.Length)
            {
                var doc = DocIdSetIterator.NO_MORE_DOCS;
                for (var k = passive; k < at.Length; k++)
                    doc = Math.Min(doc, at[k]);
                if (doc == DocIdSetIterator.NO_MORE_DOCS)
                    return;
                Array.Clear(matched);
                var sum = 0d;
                var overlap = 0;
                for (var k = passive; k < at.Length; k++)
                {
                    if (at[k] == doc)
                    {
                        sum += Match(k);
                        overlap++;
                        at[k] = scorers[k]!.NextDoc();
                    }
                }
                if (AddPassive(doc, sum, overlap, passive) is var total && total > 0)
                    Offer(docBase + doc, total);
            }
        }

        /// <summary>Scores each paper the filter lets through, skipping every clause to it.</summary>
        private void ScoreEach(DocIdSetIterator filtered, int docBase)
        {
            for (var doc = filtered.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = filtered.NextDoc())
            {
                Array.Clear(matched);
                if (AddPassive(doc, 0, 0, at.Length) is var total && total > 0)
                    Offer(docBase + doc, total);
            }
        }

        /// <summary>Adds the <paramref name="count"/> lowest clauses to a paper, highest ceiling first, and gives up
        /// as soon as what they could still add cannot place it; 0 when it is not placed or matches nothing.</summary>
        private float AddPassive(int doc, double sum, int overlap, int count)
        {
            for (var k = count - 1; k >= 0; k--)
            {
                if (!CanPlace(sum + below[k + 1], overlap + k + 1))
                    return 0;
                if (at[k] < doc)
                    at[k] = scorers[k]!.Advance(doc);
                if (at[k] == doc)
                {
                    sum += Match(k);
                    overlap++;
                }
            }
            return overlap == 0 ? 0 : Total();
        }

        /// <param name="k">The clause's place by ceiling.</param>
        private float Match(int k)
        {
            var score = scorers[k]!.GetScore();
            scores[byCeiling[k]] = score;
            matched[byCeiling[k]] = true;
            return score;
        }

        /// <summary>Each kind of clause summed in clause order in double precision, as Lucene's disjunction does, so
        /// that ties stay ties; 0 for a paper that only the adding words match.</summary>
        private float Total()
        {
            double finding = 0, adding = 0;
            int found = 0, added = 0;
            for (var clause = 0; clause < scores.Length; clause++)
            {
                if (!matched[clause])
                    continue;
                if (clause < scoring.Finding)
                    (finding, found) = (finding + scores[clause], found + 1);
                else
                    (adding, added) = (adding + scores[clause], added + 1);
            }
            if (found == 0)
                return 0;
            var total = (float)(finding * scoring.FindingCoord[found]);
            return added == 0 ? total : total + (float)(adding * scoring.AddingCoord[added]);
        }

        private void Offer(int doc, float score)
        {
            if (best.Offer(doc, score))
                UpdatePassive();
        }

        /// <summary>Papers are visited in rising order, so a later one that only ties the last of a full list loses.</summary>
        private bool CanPlace(double ceiling, int overlap) => !best.IsFull || ceiling * scoring.CoordCeiling(overlap) > best.Last;

        private void UpdatePassive()
        {
            while (passive < byCeiling.Length && !CanPlace(below[passive + 1], passive + 1))
                passive++;
        }
    }

    /// <summary>The best hits so far in a min-heap on (score, then the later document as the worse).</summary>
    private sealed class BestHits(int capacity)
    {
        private readonly PriorityQueue<ScoreDoc, (float Score, int NegatedDoc)> heap = new(capacity);

        public bool IsFull => heap.Count == capacity;

        public float Last => heap.TryPeek(out var last, out _) ? last.Score : float.NegativeInfinity;

        /// <summary>Whether the list changed its last score.</summary>
        public bool Offer(int doc, float score)
        {
            if (!IsFull)
            {
                heap.Enqueue(new ScoreDoc(doc, score), (score, -doc));
                return IsFull;
            }
            if (score <= Last)
                return false;
            heap.EnqueueDequeue(new ScoreDoc(doc, score), (score, -doc));
            return true;
        }

        public ScoreDoc[] Sorted()
        {
            var sorted = new ScoreDoc[heap.Count];
            for (var i = sorted.Length - 1; i >= 0; i--)
                sorted[i] = heap.Dequeue();
            return sorted;
        }
    }
}
