using System.Buffers;
using System.Collections.Concurrent;
using System.Numerics.Tensors;

namespace PaperBot.Recommender.Ranking;

/// <summary>
/// Blends the signals into one ranking. Each signal is standardised over the candidates and weighted by how much
/// evidence backs it (see <see cref="BlendOptions"/>): with no thumbs, popularity and recency lead and the picks are
/// spread over topics; from the first like, the taste model (own thumbs and the peers who explain them) leads, beside
/// the terms most likes share (as far as they agree on one); the factorization machine grows with the thumbs, and the
/// neighbours and the likes' authors count as much as they would have found the target's own likes.
/// </summary>
/// <param name="scoredPerPart">Candidates the taste scores per piece of work when they are many; below twice this, one
/// thread does it all.</param>
internal sealed class HybridRanker(RecommenderOptions options, int scoredPerPart = HybridRanker.ScoredPerPart)
{
    /// <summary>A sparse signal (a few papers voted for, the rest zero) would give those few huge standard scores
    /// that drown every other signal; beyond this many deviations a signal stops counting.</summary>
    private const double MaxDeviation = 3.0;

    private readonly BlendOptions blend = options.Blend;

    /// <summary>Peers are chosen among this many times as many candidates, found by the taste as a whole.</summary>
    private const int PeerPoolFactor = 3;

    public const int ScoredPerPart = 16_384;

    /// <param name="candidates">Catalogue indices, already free of rated and excluded papers.</param>
    /// <param name="likesHere">Likes per catalogue paper in the target's workspace.</param>
    public IReadOnlyList<RankedPaper> Rank(CatalogueView view, TargetEvidence evidence, IReadOnlyList<int> candidates, int top,
        int[] likesHere, DateTimeOffset now)
    {
        if (candidates.Count == 0 || top <= 0)
            return [];
        // One array per signal and candidate, borrowed: at a whole catalogue these are large, and allocating them
        // per request would have the collector clearing the large object heap under every ranking.
        var contributions = new Dictionary<Signal, double[]>();
        var totals = ArrayPool<double>.Shared.Rent(candidates.Count);
        bool[]? metadataLeads = null;
        try
        {
            return Rank(view, evidence, candidates, top, likesHere, now, contributions, totals, ref metadataLeads);
        }
        finally
        {
            if (metadataLeads is not null)
                ArrayPool<bool>.Shared.Return(metadataLeads);
            foreach (var values in contributions.Values)
                ArrayPool<double>.Shared.Return(values);
            ArrayPool<double>.Shared.Return(totals);
        }
    }

    private List<RankedPaper> Rank(CatalogueView view, TargetEvidence evidence, IReadOnlyList<int> candidates, int top,
        int[] likesHere, DateTimeOffset now, Dictionary<Signal, double[]> contributions, double[] totals, ref bool[]? metadataLeads)
    {
        var count = candidates.Count;
        double n = evidence.Thumbs;
        var learned = n / (n + blend.EvidenceHalfPoint);
        void Add(Signal signal, double weight, Func<int, double> raw, bool sparse = false)
        {
            if (weight > 0)
            {
                var values = contributions[signal] = ArrayPool<double>.Shared.Rent(count);
                Compute(candidates, raw, values);
                // Most candidates score 0 on a sparse signal; standardising would rank its few others by how rare
                // they are, not by how strong, so it is scaled to its largest value instead.
                if (sparse)
                    ScaledToMost(values.AsSpan(0, count), weight);
                else
                    Standardised(values.AsSpan(0, count), weight);
            }
        }

        var today = Popularity.Days(now);
        Add(Signal.Popularity, blend.Popularity * blend.PopularityHalfPoint / (n + blend.PopularityHalfPoint),
            c => Popularity.Score(view, c, likesHere[c], today, blend.RecencyHalfLifeDays));
        if (evidence.Likes.Count > 0 && blend.Content > 0)
        {
            var values = contributions[Signal.Content] = ArrayPool<double>.Shared.Rent(count);
            metadataLeads = ArrayPool<bool>.Shared.Rent(count);
            using (var taste = TasteModel.Fit(view, evidence, view.Peers, Peers(view, evidence), blend))
                Scores(view, candidates, taste, values, metadataLeads);
            Standardised(values.AsSpan(0, count), blend.Content);
        }
        var liked = blend.Terms > 0 ? LikedTerms.Find(view, evidence.Likes) : null;
        if (liked is not null)
        {
            var terms = liked.AsSet(view.Space.TextFeatureCount);
            Add(Signal.Terms, blend.Terms * liked.Agreement, c => terms.Score(view.Features[c].Text));
        }
        var userVector = UserVector(view, evidence);
        if (userVector is not null)
            Add(Signal.Factorization, blend.Factorization * learned, c => view.Bias(c) + TensorPrimitives.Dot(userVector, view.Embedding(c)));
        var votes = blend.Neighbours > 0 ? NeighbourScores.Compute(view, evidence, candidates, blend.Neighbourhood) : NeighbourScores.Votes.None;
        // The neighbours count as much as their votes would have found the target's own likes.
        if (votes.Scores.Count > 0)
            Add(Signal.Neighbours, blend.Neighbours * votes.Reliability, c => votes.Scores.TryGetValue(c, out var vote) ? vote.Score : 0);
        var authored = blend.Authors > 0 ? SharedAuthors.Compute(view, evidence, candidates) : SharedAuthors.Matches.None;
        if (authored.Scores.Count > 0)
            Add(Signal.Authors, blend.Authors * authored.Reliability, c => authored.Scores.GetValueOrDefault(c), sparse: true);

        Array.Clear(totals, 0, count);
        foreach (var values in contributions.Values)
            TensorPrimitives.Add(totals.AsSpan(0, count), values.AsSpan(0, count), totals.AsSpan(0, count));
        var chosen = evidence.Thumbs == 0 ? Diverse(view, candidates, totals.AsSpan(0, count), top) : Best(totals.AsSpan(0, count), top);

        var reasons = new ReasonWriter(view, evidence, chosen.Select(i => candidates[i]).ToList());
        var leads = metadataLeads;
        return chosen.Select(i =>
        {
            var paper = candidates[i];
            var signal = contributions.MaxBy(entry => entry.Value[i]).Key;
            var reason = signal switch
            {
                Signal.Content when leads is not null && leads[i] => reasons.Metadata(paper),
                Signal.Content => reasons.Content(paper),
                Signal.Terms => reasons.Terms(paper, liked!),
                Signal.Factorization => reasons.Factorization(paper, userVector),
                Signal.Neighbours when votes.Scores.TryGetValue(paper, out var vote) => reasons.Neighbours(vote.Bridge),
                Signal.Authors => reasons.Authors(paper, authored.LikesByAuthor),
                _ when evidence.Likes.Count > 0 => reasons.Content(paper),
                _ => reasons.Popularity(paper, likesHere[paper], now, blend.RecencyHalfLifeDays),
            };
            return new RankedPaper(paper, totals[i], reason);
        }).ToList();
    }

    /// <summary>The taste's score for every candidate, and whether the paper's metadata gave more of it than its words
    /// (the reason then names the author or listing). Many candidates (a whole catalogue) are split between the cores;
    /// each paper's vectors are read once, in catalogue order.</summary>
    private void Scores(CatalogueView view, IReadOnlyList<int> candidates, ContentProfile taste, double[] values, bool[] metadataLeads)
    {
        var weights = taste.Memory;
        void Score(int from, int to)
        {
            var dense = weights.Span;
            for (var i = from; i < to; i++)
            {
                var features = view.Features[candidates[i]];
                var text = features.Text.Dot(dense);
                var meta = TasteFeatures.MetaScore(features, view.Space, dense);
                values[i] = text + meta;
                metadataLeads[i] = meta > 0 && meta > text;
            }
        }
        if (candidates.Count < scoredPerPart * 2)
            Score(0, candidates.Count);
        else
            Parallel.ForEach(Partitioner.Create(0, candidates.Count, scoredPerPart), range => Score(range.Item1, range.Item2));
    }

    /// <summary>The person's trained vector, or one fitted now for a group or someone the model has not seen.</summary>
    private float[]? UserVector(CatalogueView view, TargetEvidence evidence)
    {
        if (view.Model is not { } model)
            return null;
        if (!evidence.IsGroup && evidence.ModelUsers.Count == 1)
            return model.UserVector(evidence.ModelUsers[0]).ToArray();
        return FoldIn.Fit(view, evidence, options.Factorization);
    }

    /// <summary>The peers whose likes join the target's taste: candidates by the taste as a whole (someone the model
    /// knows has them precomputed; a group or a newcomer is compared with everyone now), then chosen by how well they
    /// explain the likes one by one.</summary>
    private List<(int User, double Weight)> Peers(CatalogueView view, TargetEvidence evidence)
    {
        if (view.Peers is not { } peers || blend.PeerShare <= 0)
            return [];
        var pool = blend.Peers * PeerPoolFactor;
        var candidates = !evidence.IsGroup && evidence.ModelUsers.Count == 1
            ? peers.PeersOf(evidence.ModelUsers[0], pool)
            : peers.Nearest(peers.Of(evidence.Likes), [.. evidence.ModelUsers], pool);
        return peers.Explaining(view, evidence.Likes, candidates.Select(c => c.User), blend.Peers);
    }

    /// <summary>A signal for every candidate, into the first <c>candidates.Count</c> values; a whole catalogue is scored on all cores.</summary>
    private static void Compute(IReadOnlyList<int> candidates, Func<int, double> raw, double[] values)
    {
        var count = candidates.Count;
        const int Chunk = 8192;
        if (count <= Chunk)
        {
            for (var i = 0; i < count; i++)
                values[i] = raw(candidates[i]);
            return;
        }
        Parallel.For(0, (count + Chunk - 1) / Chunk, chunk =>
        {
            for (var i = chunk * Chunk; i < Math.Min(count, (chunk + 1) * Chunk); i++)
                values[i] = raw(candidates[i]);
        });
    }

    private static void ScaledToMost(Span<double> values, double weight)
    {
        var most = TensorPrimitives.Max<double>(values);
        for (var i = 0; i < values.Length; i++)
            values[i] = most > 0 ? weight * MaxDeviation * values[i] / most : 0;
    }

    private static void Standardised(Span<double> values, double weight)
    {
        var mean = TensorPrimitives.Sum<double>(values) / values.Length;
        double squares = 0;
        foreach (var value in values)
            squares += (value - mean) * (value - mean);
        var spread = Math.Sqrt(squares / values.Length);
        for (var i = 0; i < values.Length; i++)
            values[i] = spread > 1e-12 ? weight * Math.Clamp((values[i] - mean) / spread, -MaxDeviation, MaxDeviation) : 0;
    }

    /// <summary>The indices of the <paramref name="top"/> highest totals, best first (a bounded heap, not a full sort).</summary>
    private static List<int> Best(ReadOnlySpan<double> totals, int top)
    {
        var order = Comparer<(double Score, int Index)>.Create((a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Index.CompareTo(a.Index));
        var heap = new PriorityQueue<int, (double Score, int Index)>(top + 1, order);
        for (var i = 0; i < totals.Length; i++)
        {
            // Once the heap is full, most papers fall short of its weakest: one comparison, not a push and a pop.
            if (heap.Count == top && heap.TryPeek(out _, out var weakest) && order.Compare((totals[i], i), weakest) <= 0)
                continue;
            heap.Enqueue(i, (totals[i], i));
            if (heap.Count > top)
                heap.Dequeue();
        }
        var best = new List<int>(heap.Count);
        while (heap.Count > 0)
            best.Add(heap.Dequeue());
        best.Reverse();
        return best;
    }

    /// <summary>Greedy maximal marginal relevance: each pick is pushed down by its similarity to the picks before it.</summary>
    private List<int> Diverse(CatalogueView view, IReadOnlyList<int> candidates, ReadOnlySpan<double> totals, int top)
    {
        var pool = Best(totals, Math.Max(top * 10, 50));
        var chosen = new List<int>(top);
        var penalty = new double[pool.Count];
        while (chosen.Count < top && chosen.Count < pool.Count)
        {
            var best = -1;
            for (var k = 0; k < pool.Count; k++)
            {
                if (penalty[k] != double.NegativeInfinity && (best < 0 || totals[pool[k]] - penalty[k] > totals[pool[best]] - penalty[best]))
                    best = k;
            }
            chosen.Add(pool[best]);
            var picked = view.Features[candidates[pool[best]]].Text;
            penalty[best] = double.NegativeInfinity;
            for (var k = 0; k < pool.Count; k++)
            {
                if (penalty[k] != double.NegativeInfinity)
                    penalty[k] = Math.Max(penalty[k], blend.Diversity * view.Features[candidates[pool[k]]].Text.Dot(picked));
            }
        }
        return chosen;
    }
}
