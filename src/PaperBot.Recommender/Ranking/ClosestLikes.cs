using System.Numerics.Tensors;

namespace PaperBot.Recommender.Ranking;

/// <summary>For the few papers being shown, the liked paper each is most similar to (TF-IDF cosine), found in one pass
/// over the likes: every term of the shown papers gets a row of their weights, and each like reads its own terms'
/// rows. A like costs its length once, not once per shown paper.</summary>
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

        // rowOf[term] is 1 + the term's row in `weights`; 0 for a term no shown paper has.
        var rowOf = ScratchArrays<int>.Rent(view.Space.TextFeatureCount);
        var weights = new List<float>();
        try
        {
            for (var s = 0; s < count; s++)
            {
                var text = view.Features[shown[s]].Text;
                for (var i = 0; i < text.Count; i++)
                {
                    ref var row = ref rowOf[text.Indices[i]];
                    if (row == 0)
                    {
                        row = weights.Count / count + 1;
                        for (var k = 0; k < count; k++)
                            weights.Add(0);
                    }
                    weights[(row - 1) * count + s] = text.Values[i];
                }
            }
            var table = weights.ToArray();
            var similarity = new float[count];
            var best = new float[count];
            Array.Fill(best, float.MinValue);
            foreach (var liked in likes)
            {
                Array.Clear(similarity);
                var text = view.Features[liked].Text;
                for (var i = 0; i < text.Count; i++)
                {
                    if (rowOf[text.Indices[i]] is var row and > 0)
                        TensorPrimitives.MultiplyAdd(table.AsSpan((row - 1) * count, count), text.Values[i], similarity, similarity);
                }
                for (var s = 0; s < count; s++)
                {
                    // Ties go to the lower index, so the reason does not depend on the order of the likes.
                    if (similarity[s] > best[s] || (similarity[s] == best[s] && liked < closest[s]))
                        (best[s], closest[s]) = (similarity[s], liked);
                }
            }
            return closest;
        }
        finally
        {
            foreach (var paper in shown)
            {
                foreach (var term in view.Features[paper].Text.Indices)
                    rowOf[term] = 0;
            }
            ScratchArrays<int>.Return(rowOf);
        }
    }
}
