using PaperBot.Recommender.Content;
using PaperBot.Recommender.Ranking;

namespace PaperBot.Recommender.Evaluation;

/// <summary>Spherical k-means on TF-IDF vectors (k-means++ seeding): the hidden topics of a catalogue that has no labels.</summary>
internal static class TopicClustering
{
    /// <summary>The best of several runs (highest total similarity of papers to their topic's centre), so that
    /// topics are the catalogue's clearest groups rather than one run's accident.</summary>
    public static int[] Cluster(IReadOnlyList<PaperFeatures> papers, int dimensions, int k, int seed, int restarts = 8) =>
        Enumerable.Range(0, restarts).Select(run => ClusterOnce(papers, dimensions, k, seed * 1000 + run))
            .MaxBy(result => result.Cohesion).Assignment;

    private static (int[] Assignment, double Cohesion) ClusterOnce(IReadOnlyList<PaperFeatures> papers, int dimensions, int k, int seed)
    {
        var random = SeededRandom.From(seed, "topics");
        k = Math.Min(k, papers.Count);
        var centroids = new List<float[]>();
        var first = random.Next(papers.Count);
        centroids.Add(Dense(papers[first].Text, dimensions));
        while (centroids.Count < k)
        {
            var distances = papers.Select(p => centroids.Min(c => 1 - p.Text.Dot(c))).Select(d => Math.Max(0, d) * Math.Max(0, d)).ToArray();
            var target = random.NextDouble() * distances.Sum();
            var chosen = 0;
            for (; chosen < distances.Length - 1 && (target -= distances[chosen]) > 0; chosen++)
            {
            }
            centroids.Add(Dense(papers[chosen].Text, dimensions));
        }
        var assignment = new int[papers.Count];
        for (var iteration = 0; iteration < 30; iteration++)
        {
            var changed = false;
            for (var i = 0; i < papers.Count; i++)
            {
                var best = 0;
                for (var c = 1; c < centroids.Count; c++)
                {
                    if (papers[i].Text.Dot(centroids[c]) > papers[i].Text.Dot(centroids[best]))
                        best = c;
                }
                changed |= assignment[i] != best;
                assignment[i] = best;
            }
            if (!changed && iteration > 0)
                break;
            for (var c = 0; c < centroids.Count; c++)
            {
                Array.Clear(centroids[c]);
                for (var i = 0; i < papers.Count; i++)
                {
                    if (assignment[i] == c)
                        papers[i].Text.AddTo(centroids[c], 1f);
                }
                var norm = System.Numerics.Tensors.TensorPrimitives.Norm(centroids[c]);
                if (norm > 0)
                    System.Numerics.Tensors.TensorPrimitives.Divide(centroids[c], norm, centroids[c]);
            }
        }
        var cohesion = Enumerable.Range(0, papers.Count).Sum(i => (double)papers[i].Text.Dot(centroids[assignment[i]]));
        // Renumber so that topic ids are dense even if a cluster emptied.
        var ids = assignment.Distinct().Order().Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        return (assignment.Select(c => ids[c]).ToArray(), cohesion);
    }

    private static float[] Dense(SparseVector vector, int dimensions)
    {
        var dense = new float[dimensions];
        vector.AddTo(dense, 1f);
        return dense;
    }
}
