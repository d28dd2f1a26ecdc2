namespace PaperBot.Recommender.Ranking;

/// <summary>
/// "By an author of papers you liked": a paper scores the number of the target's likes that name each of its
/// authors, each author counted by how few papers bear their name. A reader who follows a research group is found by
/// this and missed by the words, since the group's papers share a topic with many others; a reader whose likes share
/// no author gets nothing from it. How much it counts is measured per target, as for the neighbours: each like is held
/// out and scored by the authors it shares with the other likes, against papers sampled from the candidates.
/// </summary>
internal static class SharedAuthors
{
    private const int Checks = 200;

    /// <summary>The latest likes held out in turn: enough to judge by, and a bounded cost for a prolific reader.</summary>
    private const int HeldOut = 20;

    /// <param name="Scores">Per candidate by at least one liked author (and perhaps other such papers), its score.</param>
    /// <param name="LikesByAuthor">Per author, how many of the target's likes name them.</param>
    /// <param name="Reliability">The chance that a held-out like outscores a sampled candidate (ties count half), scaled
    /// to [0, 1] from chance.</param>
    public sealed record Matches(Dictionary<int, double> Scores, Dictionary<int, int> LikesByAuthor, double Reliability)
    {
        public static Matches None { get; } = new([], [], 0);
    }

    public static Matches Compute(CatalogueView view, TargetEvidence evidence, IReadOnlyList<int> candidates)
    {
        if (evidence.Likes.Count < 2 || candidates.Count == 0)
            return Matches.None;
        var authors = view.Authors;
        var likesByAuthor = new Dictionary<int, int>();
        foreach (var like in evidence.Likes)
        {
            foreach (var author in authors.Of(like))
                likesByAuthor[author] = likesByAuthor.GetValueOrDefault(author) + 1;
        }
        // With no author on two likes, no held-out like could be found by its authors.
        if (!likesByAuthor.Values.Any(count => count > 1))
            return Matches.None;
        var weights = likesByAuthor.ToDictionary(pair => pair.Key, pair => pair.Value * Specificity(authors, pair.Key));
        return new Matches(Scores(authors, candidates, weights), likesByAuthor, Reliability(authors, evidence, candidates, weights, likesByAuthor));
    }

    /// <summary>The scores, whichever way costs less: through the liked authors' papers (a whole catalogue), or through
    /// the candidates' authors (a digest's few new papers, where a prolific reader's authors have far more papers than
    /// there are candidates).</summary>
    private static Dictionary<int, double> Scores(AuthorIndex authors, IReadOnlyList<int> candidates, Dictionary<int, double> weights)
    {
        var scores = new Dictionary<int, double>();
        long byAuthors = weights.Keys.Sum(author => (long)authors.PapersBy(author).Length);
        if (byAuthors <= candidates.Count * authors.MeanPerPaper)
        {
            foreach (var (author, weight) in weights)
            {
                foreach (var paper in authors.PapersBy(author))
                    scores[paper] = scores.GetValueOrDefault(paper) + weight;
            }
            return scores;
        }
        foreach (var candidate in candidates)
        {
            if (ScoreOf(authors, candidate, weights) is var score && score > 0)
                scores[candidate] = score;
        }
        return scores;
    }

    private static double ScoreOf(AuthorIndex authors, int paper, Dictionary<int, double> weights)
    {
        double score = 0;
        foreach (var author in authors.Of(paper))
            score += weights.GetValueOrDefault(author);
        return score;
    }

    /// <summary>A name on many papers tells less, as a common word does; and in a catalogue the size of arXiv the
    /// most prolific names are often several people who share one name.</summary>
    private static double Specificity(AuthorIndex authors, int author) => 1 / Math.Log2(1 + authors.PapersBy(author).Length);

    private static double Reliability(AuthorIndex authors, TargetEvidence evidence, IReadOnlyList<int> candidates,
        Dictionary<int, double> weights, Dictionary<int, int> likesByAuthor)
    {
        var stride = Math.Max(1, candidates.Count / Checks);
        var checks = new List<double>();
        for (var i = 0; i < candidates.Count; i += stride)
            checks.Add(ScoreOf(authors, candidates[i], weights));
        var held = evidence.Likes.TakeLast(HeldOut).ToList();
        double wins = 0;
        foreach (var like in held)
        {
            // Without this like, each of its authors is named by one like fewer.
            double score = 0;
            foreach (var author in authors.Of(like))
                score += (likesByAuthor[author] - 1) * Specificity(authors, author);
            foreach (var check in checks)
                wins += score > check ? 1 : score == check ? 0.5 : 0;
        }
        var auc = wins / (held.Count * (double)checks.Count);
        return Math.Max(0, 2 * auc - 1);
    }
}
