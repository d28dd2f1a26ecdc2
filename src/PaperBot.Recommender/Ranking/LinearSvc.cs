using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Ranking;

/// <summary>
/// scikit-learn's <c>LinearSVC</c> at its defaults (squared hinge loss, L2 penalty, intercept as a feature of value 1
/// that is penalised too), solved as liblinear does it: dual coordinate descent, stopping when the projected gradient's
/// spread falls below the tolerance or after the iteration limit.
/// </summary>
internal static class LinearSvc
{
    /// <param name="weights">Per example, its class weight times C (its share of the loss).</param>
    /// <param name="w">Zeroed, one longer than the features: receives the weights, the intercept last. The caller
    /// provides it, so that a vocabulary-sized array can be borrowed rather than allocated per fit.</param>
    /// <returns>The dual variables, one per example: the weights are their sum over the examples, signed by class.</returns>
    public static double[] Fit<TVector>(IReadOnlyList<TVector> x, IReadOnlyList<bool> positive, IReadOnlyList<double> weights, Span<float> w,
        double tolerance, int maxIterations, int seed)
        where TVector : struct, ISparseVector
    {
        var n = x.Count;
        var dimensions = w.Length - 1;
        var alpha = new double[n];
        var diagonal = new double[n];
        var q = new double[n];
        for (var i = 0; i < n; i++)
        {
            diagonal[i] = 0.5 / weights[i];
            q[i] = x[i].SquaredNorm() + 1 + diagonal[i];
        }
        var order = Enumerable.Range(0, n).ToArray();
        var random = SeededRandom.From(seed, "linear-svc");
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            random.Shuffle(order);
            double maxGradient = double.NegativeInfinity, minGradient = double.PositiveInfinity;
            foreach (var i in order)
            {
                var y = positive[i] ? 1.0 : -1.0;
                var xi = x[i];
                double margin = w[dimensions] + xi.Dot(w);
                var gradient = y * margin - 1 + diagonal[i] * alpha[i];
                var projected = alpha[i] > 0 ? gradient : Math.Min(gradient, 0);
                maxGradient = Math.Max(maxGradient, projected);
                minGradient = Math.Min(minGradient, projected);
                if (Math.Abs(projected) < 1e-12)
                    continue;
                var old = alpha[i];
                alpha[i] = Math.Max(old - gradient / q[i], 0);
                var step = (float)((alpha[i] - old) * y);
                xi.AddTo(w, step);
                w[dimensions] += step;
            }
            if (maxGradient - minGradient <= tolerance)
                break;
        }
        return alpha;
    }
}
