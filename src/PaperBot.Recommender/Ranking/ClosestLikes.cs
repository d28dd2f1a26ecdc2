using System.Buffers;
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

        // rowOf[term] is 1 + the term's row in `table`; 0 for a term no shown paper has. The rows are numbered first,
        // so that the table is sized once (this runs for every digest, ten thousand times a round).
        var rowOf = ScratchArrays<int>.Rent(view.Space.TextFeatureCount);
        var rows = 0;
        foreach (var paper in shown)
        {
            var text = view.Features[paper].Text;
            for (var i = 0; i < text.Count; i++)
            {
                ref var row = ref rowOf[text.IndexAt(i)];
                if (row == 0)
                    row = ++rows;
            }
        }
        var table = ArrayPool<float>.Shared.Rent(rows * count);
        try
        {
            Array.Clear(table, 0, rows * count);
            for (var s = 0; s < count; s++)
            {
                var text = view.Features[shown[s]].Text;
                for (var i = 0; i < text.Count; i++)
                    table[(rowOf[text.IndexAt(i)] - 1) * count + s] = text.ValueAt(i);
            }
            var similarity = new float[count];
            var best = new float[count];
            Array.Fill(best, float.MinValue);
            foreach (var liked in likes)
            {
                Array.Clear(similarity);
                var text = view.Features[liked].Text;
                for (var i = 0; i < text.Count; i++)
                {
                    if (rowOf[text.IndexAt(i)] is var row and > 0)
                        TensorPrimitives.MultiplyAdd(table.AsSpan((row - 1) * count, count), text.ValueAt(i), similarity, similarity);
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
                view.Features[paper].Text.ClearIn(rowOf);
            ScratchArrays<int>.Return(rowOf);
            ArrayPool<float>.Shared.Return(table);
        }
    }
}
