namespace PaperBot.Recommender.Ranking;

/// <summary>"Liked by people who liked X": the people (in the model's thumbs) whose likes overlap the target's most,
/// weighted by cosine overlap, vote for the papers they liked. Each voted paper remembers the shared liked paper
/// of its strongest voter, for the reason.</summary>
internal static class NeighbourScores
{
    /// <summary>Papers sampled from the candidates to check the votes against.</summary>
    private const int Checks = 200;

    /// <param name="Reliability">How well the votes would have found the target's own likes: the chance that a like,
    /// scored by the neighbours' votes without that like's own overlap, beats a candidate (ties count half), scaled to
    /// [0, 1] from chance. Overlaps with people of another interest (a stray like, a sparse reader) vote for papers
    /// the target does not want, and their votes then find the target's other likes no better than chance.</param>
    public sealed record Votes(Dictionary<int, (double Score, int Bridge)> Scores, double Reliability)
    {
        public static Votes None { get; } = new([], 0);
    }

    /// <param name="candidates">The papers being ranked: when none of them was liked by anyone (a digest's fresh
    /// papers), there is nothing to vote for and the neighbours are not sought.</param>
    public static Votes Compute(CatalogueView view, TargetEvidence evidence, IReadOnlyList<int> candidates, int neighbourhood)
    {
        var model = view.Model;
        if (model is null || evidence.Likes.Count == 0 || !candidates.Any(c => view.ModelPaper[c] >= 0 && model.Ratings.LikersOf[view.ModelPaper[c]].Length > 0))
            return Votes.None;
        var ratings = model.Ratings;
        var own = new HashSet<int>(evidence.ModelUsers);
        var overlap = new Dictionary<int, (int Count, int Bridge)>(evidence.Likes.Count * 8);
        foreach (var liked in evidence.Likes)
        {
            var modelPaper = view.ModelPaper[liked];
            if (modelPaper < 0)
                continue;
            foreach (var other in ratings.LikersOf[modelPaper])
            {
                if (own.Contains(other))
                    continue;
                overlap.TryGetValue(other, out var entry);
                overlap[other] = (entry.Count + 1, liked);
            }
        }
        var likes = evidence.Likes.Count;
        var neighbours = overlap
            .Select(entry => (User: entry.Key, entry.Value.Bridge, entry.Value.Count,
                Similarity: entry.Value.Count / Math.Sqrt((double)likes * ratings.LikesOf[entry.Key].Length)))
            .OrderByDescending(n => n.Similarity).ThenBy(n => n.User)
            .Take(neighbourhood).ToList();
        var scores = new Dictionary<int, (double Score, int Bridge)>();
        foreach (var (user, bridge, _, similarity) in neighbours)
        {
            foreach (var modelPaper in ratings.LikesOf[user])
            {
                var paper = view.CatalogueOfModelPaper[modelPaper];
                if (paper < 0)
                    continue;
                var found = scores.TryGetValue(paper, out var vote);
                // Neighbours arrive strongest first, so the first voter's bridge is the strongest one.
                scores[paper] = (vote.Score + similarity, found ? vote.Bridge : bridge);
            }
        }
        return new Votes(scores, Reliability(view, evidence, candidates, neighbours, scores));
    }

    private static double Reliability(CatalogueView view, TargetEvidence evidence, IReadOnlyList<int> candidates,
        List<(int User, int Bridge, int Count, double Similarity)> neighbours, Dictionary<int, (double Score, int Bridge)> scores)
    {
        var likes = evidence.Likes.Count;
        if (likes < 2)
            return 0;
        var ratings = view.Model!.Ratings;
        var stride = Math.Max(1, candidates.Count / Checks);
        var checks = new List<double>();
        for (var i = 0; i < candidates.Count; i += stride)
            checks.Add(scores.TryGetValue(candidates[i], out var vote) ? vote.Score : 0);
        double wins = 0;
        foreach (var liked in evidence.Likes)
        {
            var modelPaper = view.ModelPaper[liked];
            var likers = modelPaper < 0 ? [] : ratings.LikersOf[modelPaper].ToHashSet();
            // Without this like, a neighbour overlaps the target by one like fewer.
            var held = neighbours.Where(n => likers.Contains(n.User))
                .Sum(n => (n.Count - 1) / Math.Sqrt((likes - 1.0) * ratings.LikesOf[n.User].Length));
            foreach (var check in checks)
                wins += held > check ? 1 : held == check ? 0.5 : 0;
        }
        var auc = wins / (likes * (double)checks.Count);
        return Math.Max(0, 2 * auc - 1);
    }
}
