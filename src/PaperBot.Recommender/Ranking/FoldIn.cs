using System.Numerics.Tensors;

namespace PaperBot.Recommender.Ranking;

/// <summary>
/// Gives a target the model has not seen (someone who rated after the last training, or a group) a vector in the
/// model's space: a small L2-regularised logistic regression of its thumbs (and sampled unrated papers as weak
/// negatives) on the fixed paper vectors, solved by a few Newton steps. The model stays as trained.
/// </summary>
internal static class FoldIn
{
    private const double Lambda = 1.0;
    private const int MaxSteps = 8;

    public static float[]? Fit(CatalogueView view, TargetEvidence evidence, FactorizationOptions options)
    {
        if (view.Model is null || evidence.Likes.Count == 0)
            return null;
        var examples = new List<(int Paper, double Label, double Weight)>();
        examples.AddRange(evidence.Likes.Select(p => (p, 1.0, 1.0)));
        examples.AddRange(evidence.Dislikes.Select(p => (p, -1.0, (double)options.DislikeRepeats)));
        var taken = new HashSet<int>(evidence.Likes.Concat(evidence.Dislikes));
        var random = SeededRandom.From(options.Seed, evidence.Key);
        var wanted = Math.Min(options.WeakNegativesPerLike * evidence.Likes.Count, view.Count - taken.Count);
        for (var attempts = 0; wanted > 0 && attempts < wanted * 20; attempts++)
        {
            var paper = random.Next(view.Count);
            if (!evidence.Rated.Contains(view.Papers.Id(paper)) && taken.Add(paper))
            {
                examples.Add((paper, -1.0, 1.0));
                wanted--;
            }
        }

        var d = view.VectorLength;
        var u = new double[d];
        var gradient = new double[d];
        var hessian = new double[d * d];
        var vector = new float[d];
        for (var step = 0; step < MaxSteps; step++)
        {
            for (var i = 0; i < d; i++)
            {
                gradient[i] = Lambda * u[i];
                Array.Clear(hessian, i * d, d);
                hessian[i * d + i] = Lambda;
            }
            for (var i = 0; i < d; i++)
                vector[i] = (float)u[i];
            foreach (var (paper, label, weight) in examples)
            {
                var e = view.Embedding(paper);
                var margin = label * (view.Bias(paper) + TensorPrimitives.Dot(vector, e));
                var p = 1.0 / (1.0 + Math.Exp(-margin));
                var g = -weight * label * (1 - p);
                var h = weight * p * (1 - p);
                for (var i = 0; i < d; i++)
                {
                    gradient[i] += g * e[i];
                    for (var j = 0; j <= i; j++)
                        hessian[i * d + j] += h * e[i] * e[j];
                }
            }
            var delta = SolveCholesky(hessian, gradient, d);
            double change = 0;
            for (var i = 0; i < d; i++)
            {
                u[i] -= delta[i];
                change += delta[i] * delta[i];
            }
            if (change < 1e-8)
                break;
        }
        return u.Select(x => (float)x).ToArray();
    }

    /// <summary>Solves <c>H x = b</c> for a symmetric positive definite <c>H</c> given by its lower triangle.</summary>
    private static double[] SolveCholesky(double[] h, double[] b, int n)
    {
        var l = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = h[i * n + j];
                for (var k = 0; k < j; k++)
                    sum -= l[i * n + k] * l[j * n + k];
                l[i * n + j] = i == j ? Math.Sqrt(Math.Max(sum, 1e-12)) : sum / l[j * n + j];
            }
        }
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = b[i];
            for (var k = 0; k < i; k++)
                sum -= l[i * n + k] * y[k];
            y[i] = sum / l[i * n + i];
        }
        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = y[i];
            for (var k = i + 1; k < n; k++)
                sum -= l[k * n + i] * x[k];
            x[i] = sum / l[i * n + i];
        }
        return x;
    }
}
