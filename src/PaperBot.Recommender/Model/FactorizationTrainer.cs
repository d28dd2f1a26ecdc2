using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Model;

/// <summary>Fits ML.NET's field-aware factorization machine on prepared examples (see <see cref="ExampleDataView"/>).</summary>
internal static class FactorizationTrainer
{
    public sealed record Result(FieldAwareFactorizationMachinePredictionTransformer Transformer, DataViewSchema Schema, FactorizationWeights Weights, int Iterations);

    /// <summary>As many passes as the visit budget allows, at most <see cref="FactorizationOptions.Iterations"/>, and
    /// always one whole pass.</summary>
    public static int IterationsFor(int examples, FactorizationOptions options) =>
        Math.Clamp(options.ExampleBudget / Math.Max(1, examples), 1, options.Iterations);

    public static Result Train(MLContext ml, IReadOnlyList<TrainingExample> examples, int users, IReadOnlyList<PaperFeatures> papers,
        ContentSpace space, FactorizationOptions options, CancellationToken cancellationToken = default)
    {
        var data = new ExampleDataView(examples, users, papers, space, options.UsePaperField, cancellationToken);
        var passes = IterationsFor(examples.Count, options);
        var trainer = ml.BinaryClassification.Trainers.FieldAwareFactorizationMachine(new FieldAwareFactorizationMachineTrainer.Options
        {
            FeatureColumnName = ExampleDataView.User,
            ExtraFeatureColumns = [ExampleDataView.Paper, ExampleDataView.Terms, ExampleDataView.Meta],
            LabelColumnName = ExampleDataView.Label,
            LatentDimension = options.LatentDimension,
            NumberOfIterations = passes,
            LearningRate = options.LearningRate,
            LambdaLinear = options.LambdaLinear,
            LambdaLatent = options.LambdaLatent,
            Radius = options.Radius,
            // Fields arrive unit-length already; the rows were shuffled once when sampled.
            NormalizeFeatures = false,
            Shuffle = false,
            Verbose = false,
        });
        var transformer = trainer.Fit(data);
        return new Result(transformer, data.Schema, WeightsOf(transformer, data.UserSize, data.PaperSize, data.TermSize, data.MetaSize, options.UsePaperField), passes);
    }

    public static FactorizationWeights WeightsOf(FieldAwareFactorizationMachinePredictionTransformer transformer, int users, int papers, int terms, int meta, bool usesPaperField)
    {
        var parameters = transformer.Model;
        if (parameters.FieldCount != FactorizationWeights.Fields)
            throw new InvalidDataException($"Expected a factorization machine with {FactorizationWeights.Fields} fields, found {parameters.FieldCount}.");
        return new FactorizationWeights(users, papers, terms, meta, parameters.LatentDimension, usesPaperField,
            [.. parameters.GetLinearWeights()], [.. parameters.GetLatentWeights()]);
    }
}
