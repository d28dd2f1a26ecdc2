using System.Diagnostics;
using Microsoft.ML;
using PaperBot.Core.Papers;
using PaperBot.Core.Ratings;
using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Model;

/// <summary>Trains a complete model from the catalogue and everyone's thumbs. Pure computation: no files.</summary>
internal static class ModelBuilder
{
    public static BuiltModel Build(IReadOnlyList<Paper> papers, IReadOnlyList<Rating> ratings, RecommenderOptions options,
        DateTimeOffset now, string version, CancellationToken cancellationToken = default) =>
        Build(TrainingData.From(papers, ratings, options.Content), options, now, version, cancellationToken: cancellationToken);

    /// <param name="textSpill">Where the papers' TF-IDF vectors wait while the factorization machine trains (it does
    /// not read them); the built model's features are then without them until <see cref="TextSpill.Restore"/>.</param>
    public static BuiltModel Build(TrainingData data, RecommenderOptions options, DateTimeOffset now, string version,
        TextSpill? textSpill = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var (space, features, paperIds, contentHashes, userKeys, snapshot) = data.Build(textSpill, cancellationToken);
        var examples = ExampleSampler.Sample(snapshot, paperIds.Length, options.Factorization);
        if (!examples.Any(e => e.Label) || examples.All(e => e.Label))
            throw new InvalidOperationException("Training needs at least one thumbs-up and one paper that is not liked.");

        var ml = new MLContext(options.Factorization.Seed);
        var trained = FactorizationTrainer.Train(ml, examples, userKeys.Length, features, space, options.Factorization, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        var metadata = new ModelMetadata(
            Version: version,
            TrainedAt: now,
            Ratings: snapshot.Count,
            Users: userKeys.Length,
            Papers: paperIds.Length,
            TrainingRows: examples.Length,
            TextFeatures: space.TextFeatureCount,
            MetaFeatures: space.MetaFeatureCount,
            LatentDimension: options.Factorization.LatentDimension,
            Iterations: trained.Iterations,
            TrainingAuc: 0,
            TrainingSeconds: 0);
        var model = new RecommenderModel(metadata, space, userKeys, paperIds, trained.Weights, snapshot);
        var auc = TrainingAuc(model, features, examples);
        model = new RecommenderModel(metadata with { TrainingAuc = auc, TrainingSeconds = clock.Elapsed.TotalSeconds },
            space, userKeys, paperIds, trained.Weights, snapshot);
        return new BuiltModel(model, trained.Transformer, trained.Schema, features, contentHashes);
    }

    /// <summary>Scores a sample of the examples with the serving algebra and measures how well it separates them.</summary>
    private static double TrainingAuc(RecommenderModel model, PaperFeatures[] features, TrainingExample[] examples)
    {
        var sample = examples.Length <= 20_000 ? examples : examples.Take(20_000).ToArray();
        var weights = model.Weights;
        var paperVector = new float[weights.VectorLength];
        var scored = new (float Score, bool Label)[sample.Length];
        for (var i = 0; i < sample.Length; i++)
        {
            var (user, paper, label) = sample[i];
            var bias = weights.PaperVector(features[paper], paper, paperVector);
            var score = weights.UserBias(user) + bias + System.Numerics.Tensors.TensorPrimitives.Dot(model.UserVector(user), paperVector);
            scored[i] = (score, label);
        }
        return Auc(scored);
    }

    public static double Auc(IReadOnlyList<(float Score, bool Label)> scored)
    {
        var ordered = scored.OrderBy(s => s.Score).ToList();
        double positives = ordered.Count(s => s.Label), negatives = ordered.Count - positives, rankSum = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Label)
                rankSum += i + 1;
        }
        return positives == 0 || negatives == 0 ? 0.5 : (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }
}
