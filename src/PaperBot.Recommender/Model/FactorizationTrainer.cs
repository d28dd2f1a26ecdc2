using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using PaperBot.Recommender.Content;

namespace PaperBot.Recommender.Model;

/// <summary>Fits ML.NET's field-aware factorization machine on prepared examples. Each person's and each paper's
/// field vectors are built once and shared by every row that mentions them.</summary>
internal static class FactorizationTrainer
{
    public sealed record Result(FieldAwareFactorizationMachinePredictionTransformer Transformer, DataViewSchema Schema, FactorizationWeights Weights, int Iterations);

    public static int IterationsFor(int examples, FactorizationOptions options) =>
        Math.Clamp(options.ExampleBudget / Math.Max(1, examples), Math.Min(2, options.Iterations), options.Iterations);

    public static Result Train(MLContext ml, IReadOnlyList<TrainingExample> examples, int users, IReadOnlyList<PaperFeatures> papers,
        ContentSpace space, FactorizationOptions options, CancellationToken cancellationToken = default)
    {
        var userSize = Math.Max(1, users);
        var paperSize = Math.Max(1, papers.Count);
        var termSize = Math.Max(1, space.TextFeatureCount);
        var metaSize = Math.Max(1, space.MetaFeatureCount);
        var userVectors = new VBuffer<float>[users];
        for (var u = 0; u < users; u++)
            userVectors[u] = new VBuffer<float>(userSize, 1, [1f], [u]);
        var paperVectors = new VBuffer<float>[papers.Count];
        var termVectors = new VBuffer<float>[papers.Count];
        var metaVectors = new VBuffer<float>[papers.Count];
        for (var p = 0; p < papers.Count; p++)
        {
            paperVectors[p] = options.UsePaperField ? new VBuffer<float>(paperSize, 1, [1f], [p]) : new VBuffer<float>(paperSize, 0, [], []);
            termVectors[p] = ToVBuffer(papers[p].Terms, termSize);
            metaVectors[p] = ToVBuffer(papers[p].Meta, metaSize);
        }

        IEnumerable<FactorizationRow> Rows()
        {
            // ML.NET reads the rows once per iteration; checking here is how a long training stops when asked.
            for (var i = 0; i < examples.Count; i++)
            {
                if ((i & 0xFFF) == 0)
                    cancellationToken.ThrowIfCancellationRequested();
                var example = examples[i];
                yield return new FactorizationRow
                {
                    Label = example.Label,
                    User = userVectors[example.User],
                    Paper = paperVectors[example.Paper],
                    Terms = termVectors[example.Paper],
                    Meta = metaVectors[example.Paper],
                };
            }
        }

        var schema = SchemaDefinition.Create(typeof(FactorizationRow));
        schema[nameof(FactorizationRow.User)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, userSize);
        schema[nameof(FactorizationRow.Paper)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, paperSize);
        schema[nameof(FactorizationRow.Terms)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, termSize);
        schema[nameof(FactorizationRow.Meta)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, metaSize);
        var data = ml.Data.LoadFromEnumerable(Rows(), schema);
        var trainer = ml.BinaryClassification.Trainers.FieldAwareFactorizationMachine(new FieldAwareFactorizationMachineTrainer.Options
        {
            FeatureColumnName = nameof(FactorizationRow.User),
            ExtraFeatureColumns = [nameof(FactorizationRow.Paper), nameof(FactorizationRow.Terms), nameof(FactorizationRow.Meta)],
            LabelColumnName = nameof(FactorizationRow.Label),
            LatentDimension = options.LatentDimension,
            NumberOfIterations = IterationsFor(examples.Count, options),
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
        return new Result(transformer, data.Schema, WeightsOf(transformer, userSize, paperSize, termSize, metaSize, options.UsePaperField), IterationsFor(examples.Count, options));
    }

    public static FactorizationWeights WeightsOf(FieldAwareFactorizationMachinePredictionTransformer transformer, int users, int papers, int terms, int meta, bool usesPaperField)
    {
        var parameters = transformer.Model;
        if (parameters.FieldCount != FactorizationWeights.Fields)
            throw new InvalidDataException($"Expected a factorization machine with {FactorizationWeights.Fields} fields, found {parameters.FieldCount}.");
        return new FactorizationWeights(users, papers, terms, meta, parameters.LatentDimension, usesPaperField,
            [.. parameters.GetLinearWeights()], [.. parameters.GetLatentWeights()]);
    }

    private static VBuffer<float> ToVBuffer(SparseVector vector, int size) => new(size, vector.Count, vector.Values, vector.Indices);
}
