namespace PaperBot.Recommender.Ranking;

/// <summary>"Liked by people who liked X": the people (in the model's thumbs) whose likes overlap the target's most,
/// weighted by cosine overlap, vote for the papers they liked. Each voted paper remembers the shared liked paper
/// of its strongest voter, for the reason.</summary>
internal static class NeighbourScores
{
    /// <param name="candidates">The papers being ranked: when none of them was liked by anyone (a digest's fresh
    /// papers), there is nothing to vote for and the neighbours are not sought.</param>
    public static Dictionary<int, (double Score, int Bridge)> Compute(CatalogueView view, TargetEvidence evidence, IReadOnlyList<int> candidates, int neighbourhood)
    {
        var votes = new Dictionary<int, (double Score, int Bridge)>();
        var model = view.Model;
        if (model is null || evidence.Likes.Count == 0 || !candidates.Any(c => view.ModelPaper[c] >= 0 && model.Ratings.LikersOf[view.ModelPaper[c]].Length > 0))
            return votes;
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
        var neighbours = overlap
            .Select(entry => (User: entry.Key, entry.Value.Bridge,
                Similarity: entry.Value.Count / Math.Sqrt((double)evidence.Likes.Count * ratings.LikesOf[entry.Key].Length)))
            .OrderByDescending(n => n.Similarity).ThenBy(n => n.User)
            .Take(neighbourhood);
        foreach (var (user, bridge, similarity) in neighbours)
        {
            foreach (var modelPaper in ratings.LikesOf[user])
            {
                var paper = view.CatalogueOfModelPaper[modelPaper];
                if (paper < 0)
                    continue;
                var found = votes.TryGetValue(paper, out var vote);
                // Neighbours arrive strongest first, so the first voter's bridge is the strongest one.
                votes[paper] = (vote.Score + similarity, found ? vote.Bridge : bridge);
            }
        }
        return votes;
    }
}
