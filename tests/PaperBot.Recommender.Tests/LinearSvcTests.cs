using PaperBot.Recommender.Content;
using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Tests;

public sealed class LinearSvcTests
{
    [Fact]
    public void It_finds_the_separating_weights_and_class_weights_move_the_intercept()
    {
        // Feature 0 marks the positives, feature 1 the negatives, feature 2 is everywhere.
        SparseVector[] x = [new([0, 2], [1, 1]), new([0, 2], [1, 1]), new([1, 2], [1, 1]), new([1, 2], [1, 1]), new([1, 2], [1, 1])];
        bool[] positive = [true, true, false, false, false];

        using var rows = new CompactRows(x, 3);
        var slots = new float[4];
        LinearSvc.Fit(rows, positive, [1, 1, 1, 1, 1], slots, tolerance: 1e-6, maxIterations: 1000, seed: 1);
        var w = ByTerm(rows, slots);

        Assert.True(w[0] > 0.3 && w[1] < -0.3, $"w = {string.Join(", ", w)}");
        Assert.All(x.Select((v, i) => (Score: v.Indices.Sum(j => w[j]) + w[3], Positive: positive[i])), s => Assert.Equal(s.Positive, s.Score > 0));
    }

    [Fact]
    public void A_small_C_keeps_the_weights_small()
    {
        SparseVector[] x = [new([0], [1]), new([1], [1])];

        using var rows = new CompactRows(x, 2);
        var strong = new float[3];
        var weak = new float[3];
        LinearSvc.Fit(rows, [true, false], [1, 1], strong, 1e-6, 1000, 1);
        LinearSvc.Fit(rows, [true, false], [0.01, 0.01], weak, 1e-6, 1000, 1);

        Assert.True(Math.Abs(weak[0]) < Math.Abs(strong[0]) / 5);
    }

    [Fact]
    public void Compact_rows_number_the_terms_in_order_of_first_use_and_keep_each_rows_values()
    {
        SparseVector[] x = [new([5, 9], [0.6f, 0.8f]), new([2, 9], [1, 2])];

        using var rows = new CompactRows(x, 10);

        Assert.Equal([5, 9, 2], rows.TermOfSlot.ToArray());
        Assert.Equal([2, 1], rows.Slots(1).ToArray());
        Assert.Equal([1f, 2f], rows.Values(1).ToArray());
    }

    /// <summary>The weights per vocabulary term, the intercept last, from the weights per slot.</summary>
    private static float[] ByTerm(CompactRows rows, float[] slots)
    {
        var terms = rows.TermOfSlot;
        var w = new float[terms.Length + 1];
        for (var slot = 0; slot < terms.Length; slot++)
            w[terms[slot]] = slots[slot];
        w[^1] = slots[^1];
        return w;
    }
}
