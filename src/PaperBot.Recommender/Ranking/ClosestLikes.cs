namespace PaperBot.Recommender.Ranking;

/// <summary>For the few papers being shown, the liked paper each is most similar to (TF-IDF cosine), found in one pass
/// over the likes against a <see cref="TermTable"/> of the shown papers: a like costs its length once, not once per
/// shown paper (this runs for every digest, ten thousand times a round).</summary>
internal static class ClosestLikes
{
    /// <returns>Per shown paper, the closest liked paper (catalogue index), or -1 when there are no likes.</returns>
    public static int[] Find(CatalogueView view, IReadOnlyList<int> shown, IReadOnlyList<int> likes)
    {
        var count = shown.Count;
        var closest = new int[count];
        Array.Fill(closest, -1);
        if (count == 0 || likes.Count == 0)
            return closest;

        using var table = new TermTable([.. shown.Select(p => view.Features[p].Text)], view.Space.TextFeatureCount);
        var similarity = new float[count];
        var best = new float[count];
        Array.Fill(best, float.MinValue);
        foreach (var liked in likes)
        {
            table.Dots(view.Features[liked].Text, similarity);
            for (var s = 0; s < count; s++)
            {
                // Ties go to the lower index, so the reason does not depend on the order of the likes.
                if (similarity[s] > best[s] || (similarity[s] == best[s] && liked < closest[s]))
                    (best[s], closest[s]) = (similarity[s], liked);
            }
        }
        return closest;
    }
}
