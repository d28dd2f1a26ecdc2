using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Ranking;

/// <summary>
/// The target's taste as a linear model over TF-IDF, fitted per request: a linear SVM (as arxiv-sanity-lite's, squared
/// hinge, balanced classes, C = 0.01) whose positives are the target's likes and, down-weighted, the recent likes of the
/// peers who explain them (<see cref="PeerProfiles.Explaining"/>), and whose negatives are the target's dislikes and
/// a sample of unrated papers. The peers' likes give a reader with few thumbs the words of their field; the
/// negatives teach it which words say nothing. When the target's likes are better found with their metadata
/// (<see cref="MetadataWeight"/>), the taste also weighs authors, categories and listings.
/// </summary>
internal static class TasteModel
{
    private const double C = 0.01;

    /// <summary>Unrated papers sampled as negatives: enough to stand for the catalogue, few enough to fit in well under a
    /// millisecond (a digest round fits one model per subscription).</summary>
    private const int Negatives = 400;

    /// <summary>The target's latest likes that are positives: today's taste, and a bound on the cost.</summary>
    public const int OwnLikes = 50;

    /// <summary>Each chosen peer's latest likes that join as positives.</summary>
    private const int PeerLikes = 10;

    /// <summary>Passes over the rows. With C this small the solution is close to a balanced difference of centroids,
    /// which the first passes reach: in <c>paperbot eval</c> 5 passes gave the figures of up to 50, and 2 those of 3
    /// within 0.6 points of precision@10 in every family; each pass costs as much as the rest of a digest's ranking.</summary>
    private const int Passes = 2;

    /// <returns>The weights over the text features, then over the metadata (<see cref="TasteFeatures"/>); the caller
    /// disposes them.</returns>
    public static ContentProfile Fit(CatalogueView view, TargetEvidence evidence, PeerProfiles? peers, IReadOnlyList<(int User, double Weight)> chosen, BlendOptions blend)
    {
        var rows = new List<(int Paper, bool Positive, double Weight)>();
        var taken = new HashSet<int>(evidence.Likes.Concat(evidence.Dislikes));
        rows.AddRange(evidence.Likes.TakeLast(OwnLikes).Select(p => (p, true, 1.0)));
        rows.AddRange(evidence.Dislikes.Select(p => (p, false, blend.DislikeWeight)));
        foreach (var (peer, weight) in peers is null ? [] : chosen)
        {
            foreach (var paper in peers!.LikesOf(peer).TakeLast(PeerLikes))
            {
                if (paper >= 0 && !taken.Contains(paper))
                    rows.Add((paper, true, blend.PeerShare * weight));
            }
        }
        var random = SeededRandom.From(17, evidence.Key);
        var wanted = Math.Min(Negatives, view.Count - taken.Count);
        for (var attempts = 0; wanted > 0 && attempts < Negatives * 20; attempts++)
        {
            var paper = random.Next(view.Count);
            if (taken.Add(paper))
            {
                rows.Add((paper, false, 1.0));
                wanted--;
            }
        }
        // Balanced classes: each class carries half of C × n, shared by its rows in proportion to their weights.
        var positiveTotal = rows.Where(r => r.Positive).Sum(r => r.Weight);
        var negativeTotal = rows.Where(r => !r.Positive).Sum(r => r.Weight);
        var costs = rows.Select(r => C * rows.Count / 2 * r.Weight / (r.Positive ? positiveTotal : negativeTotal)).ToArray();
        var metaWeight = MetadataWeight.Choose(view, [.. evidence.Likes.TakeLast(OwnLikes)],
            [.. rows.Where(r => !r.Positive).Select(r => r.Paper)], blend.Metadata);
        var text = view.Space.TextFeatureCount;
        var vectors = rows.Select(r => view.Features[r.Paper].Text).ToList();
        // The SVM writes straight into a borrowed vocabulary-sized vector, at the rows' features and its intercept
        // after them (where the metadata's weights start; the intercept does not change a ranking and is zeroed).
        var taste = new ContentProfile(TasteFeatures.Dimensions(view.Space) + 1, vectors.Count * 2);
        var w = taste.WritableAt(vectors);
        var positives = rows.Select(r => r.Positive).ToArray();
        double[] alpha;
        try
        {
            alpha = LinearSvc.Fit(vectors, positives, costs, w[..(text + 1)], tolerance: 1e-3, maxIterations: Passes, seed: 17);
        }
        finally
        {
            // The intercept is at no row's feature, so the profile would not clear it.
            w[text] = 0;
        }
        if (metaWeight > 0)
        {
            taste.WritableAt(rows.Select(r => view.Features[r.Paper].Meta), offset: text);
            // The metadata's weights as a joint fit over text and weighted metadata would give them, to first order
            // (the same dual variables; the weight scales the papers' metadata and so the weights' too): the fit
            // itself stays on the papers' own text vectors, with nothing to allocate per row.
            var squared = metaWeight * metaWeight;
            for (var i = 0; i < rows.Count; i++)
            {
                view.Features[rows[i].Paper].Meta.AddTo(w[text..], (float)(squared * alpha[i] * (positives[i] ? 1 : -1)));
            }
        }
        return taste;
    }
}
