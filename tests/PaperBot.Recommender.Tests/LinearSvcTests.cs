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

        var w = new float[4];
        LinearSvc.Fit(x, positive, [1, 1, 1, 1, 1], w, tolerance: 1e-6, maxIterations: 1000, seed: 1);

        Assert.True(w[0] > 0.3 && w[1] < -0.3, $"w = {string.Join(", ", w)}");
        Assert.All(x.Select((v, i) => (Score: v.Indices.Sum(j => w[j]) + w[3], Positive: positive[i])), s => Assert.Equal(s.Positive, s.Score > 0));
    }

    [Fact]
    public void A_small_C_keeps_the_weights_small()
    {
        SparseVector[] x = [new([0], [1]), new([1], [1])];

        var strong = new float[3];
        var weak = new float[3];
        LinearSvc.Fit(x, [true, false], [1, 1], strong, 1e-6, 1000, 1);
        LinearSvc.Fit(x, [true, false], [0.01, 0.01], weak, 1e-6, 1000, 1);

        Assert.True(Math.Abs(weak[0]) < Math.Abs(strong[0]) / 5);
    }
}
